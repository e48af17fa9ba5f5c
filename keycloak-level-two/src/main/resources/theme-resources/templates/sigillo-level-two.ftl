<#--
  Sigillo level 2: the code form. The person types a code of the OTP app, or asks for one by SMS and
  types it. Each form posts "sigillo-action" (app, sms-send, sms); the message of the previous
  attempt (wrong code, replayed, SMS sent, ...) is the page's alert, set by the authenticator.
  data-outcome names that attempt's outcome for tests and styles.
-->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: sigillo-level-two.ftl -->
    <#if section = "header">
        ${msg("sigilloL2Title")}
    <#elseif section = "form">
        <div id="sigillo-level-two" class="sigillo-l2" data-outcome="${sigilloOutcome}">
            <p class="sigillo-l2-intro">${msg("sigilloL2Intro")}</p>
            <#if sigilloApp>
                <form id="sigillo-l2-app" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                    <input type="hidden" name="sigillo-action" value="app">
                    <div class="${properties.kcFormGroupClass!}">
                        <label for="app-code" class="${properties.kcFormLabelClass!}">
                            <span class="${properties.kcFormLabelTextClass!}">${msg("sigilloL2AppLabel")}</span>
                        </label>
                        <span class="${properties.kcInputClass!}">
                            <input id="app-code" name="code" type="text" autocomplete="one-time-code" inputmode="numeric" maxlength="9" autofocus>
                        </span>
                    </div>
                    <@buttons.actionGroup>
                        <@buttons.button id="sigillo-l2-app-verify" label="sigilloL2Verify"/>
                    </@buttons.actionGroup>
                </form>
            </#if>
            <#if sigilloSms>
                <h2 class="sigillo-l2-method">${msg("sigilloL2SmsTitle")}</h2>
                <#if sigilloSmsSent>
                    <form id="sigillo-l2-sms" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                        <input type="hidden" name="sigillo-action" value="sms">
                        <div class="${properties.kcFormGroupClass!}">
                            <label for="sms-code" class="${properties.kcFormLabelClass!}">
                                <span class="${properties.kcFormLabelTextClass!}">${msg("sigilloL2SmsLabel", sigilloMaskedMobile)}</span>
                            </label>
                            <span class="${properties.kcInputClass!}">
                                <input id="sms-code" name="code" type="text" autocomplete="one-time-code" inputmode="numeric" maxlength="9"<#if !sigilloApp> autofocus</#if>>
                            </span>
                        </div>
                        <@buttons.actionGroup>
                            <@buttons.button id="sigillo-l2-sms-verify" label="sigilloL2Verify"/>
                        </@buttons.actionGroup>
                    </form>
                </#if>
                <form id="sigillo-l2-sms-send" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                    <input type="hidden" name="sigillo-action" value="sms-send">
                    <@buttons.actionGroup>
                        <@buttons.button id="sigillo-l2-sms-send-button" type="secondary" label=sigilloSmsSent?then("sigilloL2SmsResend", "sigilloL2SmsSend")/>
                    </@buttons.actionGroup>
                </form>
            </#if>
            <#if sigilloPortalUrl??>
                <p class="sigillo-l2-portal">
                    <a id="sigillo-l2-portal" href="${sigilloPortalUrl}">${msg("sigilloL2CantGenerate")}</a>
                </p>
            </#if>
        </div>
    </#if>
</@layout.registrationLayout>
