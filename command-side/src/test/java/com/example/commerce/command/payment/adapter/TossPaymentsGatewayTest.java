package com.example.commerce.command.payment.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
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
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class TossPaymentsGatewayTest {

    private static final String SECRET_KEY = "test_sk_zXLkKEypNArWmo50nX3lmeaxYG5R";
    private static final String BASIC_AUTH = "Basic dGVzdF9za196WExrS0V5cE5BcldtbzUwblgzbG1lYXhZRzVSOg==";
    private static final String PAYMENT_KEY = "tgen_20240601123456AbCdE";
    private static final PaymentId PAYMENT_ID = PaymentId.of("5b0f6a52-1c1e-4a53-9d2e-0f7a4c7b9e01");
    private static final OrderId ORDER_ID = OrderId.of("0b9d3c1e-7a8f-4c4e-8f3a-2d1e6b5a4c33");
    private static final Charge CHARGE = new Charge(PAYMENT_ID, ORDER_ID, Money.won(15000), PAYMENT_KEY);

    private TossPaymentsGateway gateway;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wireMock) {
        gateway = new TossPaymentsGateway(wireMock.getHttpBaseUrl(), SECRET_KEY);
    }

    @Test
    void approvesWhenTossConfirmsDone() {
        stubFor(post("/v1/payments/confirm").willReturn(okJson(payment("DONE", "null"))));

        Authorization answer = gateway.authorize(CHARGE);

        assertThat(answer).isEqualTo(new Authorization.Approved(PAYMENT_KEY, Money.won(15000)));
        verify(postRequestedFor(urlEqualTo("/v1/payments/confirm"))
                .withHeader("Authorization", equalTo(BASIC_AUTH))
                .withHeader("Idempotency-Key", equalTo(PAYMENT_ID.value()))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"paymentKey": "%s", "orderId": "%s", "amount": 15000}
                        """.formatted(PAYMENT_KEY, ORDER_ID.value()))));
    }

    @Test
    void declinesWithTossErrorCodeWhenConfirmIsRefused() {
        stubFor(post("/v1/payments/confirm").willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"code": "REJECT_CARD_PAYMENT", "message": "한도초과 혹은 잔액부족으로 결제에 실패했습니다."}
                        """)));

        assertThat(gateway.authorize(CHARGE)).isEqualTo(new Authorization.Declined("REJECT_CARD_PAYMENT"));
    }

    @Test
    void declinesWithFailureCodeWhenConfirmAnswersAborted() {
        stubFor(post("/v1/payments/confirm").willReturn(okJson(payment("ABORTED", """
                {"code": "COMMON_ERROR", "message": "일시적인 오류가 발생했습니다."}
                """))));

        assertThat(gateway.authorize(CHARGE)).isEqualTo(new Authorization.Declined("COMMON_ERROR"));
    }

    @Test
    void leavesPaymentPendingWhileVirtualAccountWaitsForDeposit() {
        stubFor(post("/v1/payments/confirm").willReturn(okJson(payment("WAITING_FOR_DEPOSIT", "null"))));

        assertThat(gateway.authorize(CHARGE)).isEqualTo(new Authorization.Pending());
    }

    @Test
    void leavesPaymentPendingWhileConfirmIsInProgress() {
        stubFor(post("/v1/payments/confirm").willReturn(okJson(payment("IN_PROGRESS", "null"))));

        assertThat(gateway.authorize(CHARGE)).isEqualTo(new Authorization.Pending());
    }

    @Test
    void reportsUnknownOutcomeWhenTossFailsInternally() {
        stubFor(post("/v1/payments/confirm").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"code": "FAILED_INTERNAL_SYSTEM_PROCESSING", "message": "내부 시스템 처리 작업이 실패했습니다."}
                        """)));

        assertThatThrownBy(() -> gateway.authorize(CHARGE))
                .isInstanceOf(PaymentGatewayException.class)
                .hasMessageContaining("500")
                .hasMessageNotContaining(SECRET_KEY)
                .hasMessageNotContaining(PAYMENT_KEY);
    }

    @Test
    void reportsUnknownOutcomeWhenAnErrorIsNotTossShaped() {
        stubFor(post("/v1/payments/confirm").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "text/html").withBody("<html>Bad Request</html>")));

        assertThatThrownBy(() -> gateway.authorize(CHARGE)).isInstanceOf(PaymentGatewayException.class);
    }

    @Test
    void reportsUnknownOutcomeWhenTossAnswersTooLate(WireMockRuntimeInfo wireMock) {
        stubFor(post("/v1/payments/confirm").willReturn(okJson(payment("DONE", "null")).withFixedDelay(2000)));
        TossPaymentsGateway impatient = new TossPaymentsGateway(new ProviderHttp("toss", wireMock.getHttpBaseUrl(),
                Duration.ofSeconds(1), Duration.ofMillis(200)), SECRET_KEY);

        assertThatThrownBy(() -> impatient.authorize(CHARGE))
                .isInstanceOf(PaymentGatewayException.class)
                .hasMessageContaining("no answer");
    }

    @Test
    void refundsByCancellingAndAnswersTheCancelTransactionKey() {
        stubFor(post("/v1/payments/" + PAYMENT_KEY + "/cancel").willReturn(okJson(payment("CANCELED", "null")
                .replace("\"cancels\": null", """
                        "cancels": [{"cancelAmount": 15000, "cancelReason": "refund",
                                     "transactionKey": "9B3C1F0A7E2D4B6C8A1E3D5F7B9C0A2E",
                                     "canceledAt": "2024-06-01T12:40:00+09:00", "cancelStatus": "DONE"}]"""))));

        String refundId = gateway.refund(new Refund(PAYMENT_ID, PAYMENT_KEY, Money.won(15000)));

        assertThat(refundId).isEqualTo("9B3C1F0A7E2D4B6C8A1E3D5F7B9C0A2E");
        verify(postRequestedFor(urlEqualTo("/v1/payments/" + PAYMENT_KEY + "/cancel"))
                .withHeader("Authorization", equalTo(BASIC_AUTH))
                .withHeader("Idempotency-Key", equalTo("refund-" + PAYMENT_ID.value()))
                .withRequestBody(matchingJsonPath("$.cancelReason")));
    }

    @Test
    void failsRefundWhenTossRefusesTheCancel() {
        stubFor(post("/v1/payments/" + PAYMENT_KEY + "/cancel").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"code": "ALREADY_CANCELED_PAYMENT", "message": "이미 취소된 결제 입니다."}
                        """)));

        assertThatThrownBy(() -> gateway.refund(new Refund(PAYMENT_ID, PAYMENT_KEY, Money.won(15000))))
                .isInstanceOf(PaymentGatewayException.class)
                .hasMessageContaining("ALREADY_CANCELED_PAYMENT")
                .hasMessageNotContaining(PAYMENT_KEY);
    }

    /** A Payment object as Toss's confirm and cancel answer it, trimmed to the fields that matter here. */
    private static String payment(String status, String failure) {
        return """
                {
                  "mId": "tosspayments",
                  "version": "2022-11-16",
                  "lastTransactionKey": "5E9A2C4B6D8F0A1C3E5B7D9F1A3C5E7B",
                  "paymentKey": "%s",
                  "orderId": "%s",
                  "orderName": "티셔츠 외 1건",
                  "status": "%s",
                  "requestedAt": "2024-06-01T12:34:00+09:00",
                  "approvedAt": "2024-06-01T12:34:56+09:00",
                  "method": "카드",
                  "currency": "KRW",
                  "totalAmount": 15000,
                  "balanceAmount": 15000,
                  "suppliedAmount": 13636,
                  "vat": 1364,
                  "taxFreeAmount": 0,
                  "cancels": null,
                  "failure": %s
                }
                """.formatted(PAYMENT_KEY, ORDER_ID.value(), status, failure);
    }
}
