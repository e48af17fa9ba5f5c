<#--
  Sigillo level 2: the code was right, but for another time. The registry measured how far the
  phone's clock is off (sigilloOffset, e.g. "+4 min"); the page says so and how to set date and time
  to automatic on Android and iOS, then offers a new attempt.
-->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=false; section>
<!-- template: sigillo-level-two-drift.ftl -->
    <#if section = "header">
        ${msg("sigilloL2DriftTitle")}
    <#elseif section = "form">
        <div id="sigillo-level-two" class="sigillo-l2" data-outcome="${sigilloOutcome}">
            <section id="sigillo-l2-clock-drift">
                <p class="sigillo-l2-drift-offset">
                    ${msg(sigilloPhoneAhead?then("sigilloL2DriftAhead", "sigilloL2DriftBehind"), sigilloOffsetMinutes?c)}
                    <strong class="sigillo-l2-offset">(${sigilloOffset})</strong>
                </p>
                <p>${msg("sigilloL2DriftWhy")}</p>
                <h2>Android</h2>
                <ol class="sigillo-l2-steps-android">
                    <li>${msg("sigilloL2DriftAndroid1")}</li>
                    <li>${msg("sigilloL2DriftAndroid2")}</li>
                    <li>${msg("sigilloL2DriftAndroid3")}</li>
                </ol>
                <h2>iPhone (iOS)</h2>
                <ol class="sigillo-l2-steps-ios">
                    <li>${msg("sigilloL2DriftIos1")}</li>
                    <li>${msg("sigilloL2DriftIos2")}</li>
                    <li>${msg("sigilloL2DriftIos3")}</li>
                </ol>
                <p>${msg("sigilloL2DriftThen")}</p>
            </section>
            <form id="sigillo-l2-retry" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <input type="hidden" name="sigillo-action" value="retry">
                <@buttons.actionGroup>
                    <@buttons.button id="sigillo-l2-retry-button" label="sigilloL2DriftRetry"/>
                </@buttons.actionGroup>
            </form>
        </div>
    </#if>
</@layout.registrationLayout>
