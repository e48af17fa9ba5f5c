<#--
  Sigillo level 2: why no code can be asked or accepted now, and the way out. sigilloNotice names
  the case (locked, no-method, no-identity, suspended, revoked, unavailable); its title and text are
  the messages sigilloL2.<case>.title and .text. The self-care portal's link appears where the person
  can fix the cause there; "try again" where the cause may go away.
-->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=false; section>
<!-- template: sigillo-level-two-notice.ftl -->
    <#if section = "header">
        ${msg("sigilloL2." + sigilloNotice + ".title")}
    <#elseif section = "form">
        <div id="sigillo-level-two" class="sigillo-l2" data-outcome="${sigilloOutcome}">
            <section id="sigillo-l2-${sigilloNotice}" class="sigillo-l2-notice">
                <p>${msg("sigilloL2." + sigilloNotice + ".text")}</p>
                <#if sigilloNotice == "locked">
                    <ol class="sigillo-l2-locked-steps">
                        <li>${msg("sigilloL2.locked.step1")}</li>
                        <li>${msg("sigilloL2.locked.step2")}</li>
                        <li>${msg("sigilloL2.locked.step3")}</li>
                    </ol>
                </#if>
                <#if sigilloReference??>
                    <p class="sigillo-l2-reference">${msg("sigilloL2Reference", sigilloReference)}</p>
                </#if>
            </section>
            <#if sigilloPortalUrl?? && sigilloNotice != "unavailable" && sigilloNotice != "revoked">
                <p class="sigillo-l2-portal">
                    <a id="sigillo-l2-portal" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}" href="${sigilloPortalUrl}">${msg("sigilloL2PortalLink")}</a>
                </p>
            </#if>
            <#if sigilloNotice != "revoked" && sigilloNotice != "no-identity">
                <form id="sigillo-l2-retry" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                    <input type="hidden" name="sigillo-action" value="retry">
                    <@buttons.actionGroup>
                        <@buttons.button id="sigillo-l2-retry-button" type="secondary" label="sigilloL2TryAgain"/>
                    </@buttons.actionGroup>
                </form>
            </#if>
        </div>
    </#if>
</@layout.registrationLayout>
