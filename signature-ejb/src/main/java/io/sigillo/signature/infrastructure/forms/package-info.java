/** Documents the holder side produces: the renewal request form as a PDF (Apache PDFBox). */
package io.sigillo.signature.infrastructure.forms;
