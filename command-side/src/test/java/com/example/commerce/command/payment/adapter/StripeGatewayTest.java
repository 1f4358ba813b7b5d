package com.example.commerce.command.payment.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.commerce.api.common.Money;
import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.PaymentId;
import com.example.commerce.command.payment.PaymentGateway.Authorization;
import com.example.commerce.command.payment.PaymentGateway.Charge;
import com.example.commerce.command.payment.PaymentGateway.Refund;
import com.example.commerce.command.payment.PaymentGatewayException;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class StripeGatewayTest {

    private static final String SECRET_KEY = "sk_test_51Pq0aBcDeFgHiJkLmNoPqRsTuVwXyZ";
    private static final String PAYMENT_METHOD = "pm_1Pq0aB2eZvKYlo2C8vX9wQ3r";
    private static final String INTENT_ID = "pi_3Pq0aC2eZvKYlo2C1a2b3c4d";
    private static final PaymentId PAYMENT_ID = PaymentId.of("5b0f6a52-1c1e-4a53-9d2e-0f7a4c7b9e01");
    private static final OrderId ORDER_ID = OrderId.of("0b9d3c1e-7a8f-4c4e-8f3a-2d1e6b5a4c33");
    private static final Charge CHARGE = new Charge(PAYMENT_ID, ORDER_ID, Money.won(39000), PAYMENT_METHOD);

    private StripeGateway gateway;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wireMock) {
        gateway = new StripeGateway(wireMock.getHttpBaseUrl(), SECRET_KEY);
    }

    @Test
    void approvesWhenPaymentIntentSucceeds() {
        stubFor(post("/v1/payment_intents").willReturn(okJson(paymentIntent("succeeded", "null"))));

        Authorization answer = gateway.authorize(CHARGE);

        assertThat(answer).isEqualTo(new Authorization.Approved(INTENT_ID, Money.won(39000)));
        verify(postRequestedFor(urlEqualTo("/v1/payment_intents"))
                .withHeader("Authorization", equalTo("Bearer " + SECRET_KEY))
                .withHeader("Idempotency-Key", equalTo(PAYMENT_ID.value()))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withFormParam("amount", equalTo("39000"))
                .withFormParam("currency", equalTo("krw"))
                .withFormParam("payment_method", equalTo(PAYMENT_METHOD))
                .withFormParam("confirm", equalTo("true"))
                .withFormParam("automatic_payment_methods[allow_redirects]", equalTo("never"))
                .withFormParam("metadata[order_id]", equalTo(ORDER_ID.value()))
                .withFormParam("metadata[payment_id]", equalTo(PAYMENT_ID.value())));
    }

    @Test
    void leavesPaymentPendingWhenCardNeedsAuthentication() {
        stubFor(post("/v1/payment_intents").willReturn(okJson(paymentIntent("requires_action", "null"))));

        assertThat(gateway.authorize(CHARGE)).isEqualTo(new Authorization.Pending());
    }

    @Test
    void leavesPaymentPendingWhileProcessing() {
        stubFor(post("/v1/payment_intents").willReturn(okJson(paymentIntent("processing", "null"))));

        assertThat(gateway.authorize(CHARGE)).isEqualTo(new Authorization.Pending());
    }

    @Test
    void declinesWithTheIssuersDeclineCodeOnCardError() {
        stubFor(post("/v1/payment_intents").willReturn(aResponse().withStatus(402)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"error": {"type": "card_error", "code": "card_declined",
                                   "decline_code": "insufficient_funds",
                                   "message": "Your card has insufficient funds.",
                                   "doc_url": "https://stripe.com/docs/error-codes/card-declined",
                                   "payment_intent": %s}}
                        """.formatted(paymentIntent("requires_payment_method", "null")))));

        assertThat(gateway.authorize(CHARGE)).isEqualTo(new Authorization.Declined("insufficient_funds"));
    }

    @Test
    void declinesWithTheErrorCodeWhenThereIsNoDeclineCode() {
        stubFor(post("/v1/payment_intents").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"error": {"type": "invalid_request_error", "code": "resource_missing",
                                   "param": "payment_method",
                                   "message": "No such PaymentMethod: 'pm_unknown'"}}
                        """)));

        assertThat(gateway.authorize(CHARGE)).isEqualTo(new Authorization.Declined("resource_missing"));
    }

    @Test
    void reportsUnknownOutcomeWhileTheSameIdempotencyKeyIsInFlight() {
        stubFor(post("/v1/payment_intents").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"error": {"type": "idempotency_error",
                                   "message": "There is currently another in-progress request using this Idempotent Key."}}
                        """)));

        assertThatThrownBy(() -> gateway.authorize(CHARGE)).isInstanceOf(PaymentGatewayException.class);
    }

    @Test
    void reportsUnknownOutcomeWhenStripeFailsInternally() {
        stubFor(post("/v1/payment_intents").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"error": {"type": "api_error", "message": "An unknown error occurred"}}
                        """)));

        assertThatThrownBy(() -> gateway.authorize(CHARGE))
                .isInstanceOf(PaymentGatewayException.class)
                .hasMessageContaining("500")
                .hasMessageNotContaining(SECRET_KEY)
                .hasMessageNotContaining(PAYMENT_METHOD);
    }

    @Test
    void refundsThePaymentIntentAndAnswersTheRefundId() {
        stubFor(post("/v1/refunds").willReturn(okJson("""
                {"id": "re_3Pq0aC2eZvKYlo2C0z9y8x7w", "object": "refund", "amount": 39000, "currency": "krw",
                 "payment_intent": "%s", "status": "succeeded", "created": 1717213200}
                """.formatted(INTENT_ID))));

        String refundId = gateway.refund(new Refund(PAYMENT_ID, INTENT_ID, Money.won(39000)));

        assertThat(refundId).isEqualTo("re_3Pq0aC2eZvKYlo2C0z9y8x7w");
        verify(postRequestedFor(urlEqualTo("/v1/refunds"))
                .withHeader("Authorization", equalTo("Bearer " + SECRET_KEY))
                .withHeader("Idempotency-Key", equalTo("refund-" + PAYMENT_ID.value()))
                .withFormParam("payment_intent", equalTo(INTENT_ID)));
    }

    @Test
    void failsRefundWhenStripeRefusesIt() {
        stubFor(post("/v1/refunds").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"error": {"type": "invalid_request_error", "code": "charge_already_refunded",
                                   "message": "Charge has already been refunded."}}
                        """)));

        assertThatThrownBy(() -> gateway.refund(new Refund(PAYMENT_ID, INTENT_ID, Money.won(39000))))
                .isInstanceOf(PaymentGatewayException.class)
                .hasMessageContaining("charge_already_refunded");
    }

    /** A PaymentIntent as Stripe answers it, trimmed to the fields that matter here. */
    private static String paymentIntent(String status, String lastPaymentError) {
        return """
                {
                  "id": "%s",
                  "object": "payment_intent",
                  "amount": 39000,
                  "amount_received": 39000,
                  "currency": "krw",
                  "capture_method": "automatic",
                  "confirmation_method": "automatic",
                  "payment_method": "%s",
                  "metadata": {"order_id": "%s", "payment_id": "%s"},
                  "last_payment_error": %s,
                  "status": "%s"
                }
                """.formatted(INTENT_ID, PAYMENT_METHOD, ORDER_ID.value(), PAYMENT_ID.value(), lastPaymentError,
                status);
    }
}
