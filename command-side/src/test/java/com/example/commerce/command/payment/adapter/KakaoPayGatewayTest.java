package com.example.commerce.command.payment.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
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
class KakaoPayGatewayTest {

    private static final String SECRET_KEY = "DEV4C1E9A0B2D3F5A7C9E1B3D5F7A9C1E3B5D7";
    private static final String CID = "TC0ONETIME";
    private static final String TID = "T6a1f3c5e7b9d1f3a5c7";
    private static final String PG_TOKEN = "b2d4f6a8c0e2a4c6e8b0";
    private static final PaymentId PAYMENT_ID = PaymentId.of("5b0f6a52-1c1e-4a53-9d2e-0f7a4c7b9e01");
    private static final OrderId ORDER_ID = OrderId.of("0b9d3c1e-7a8f-4c4e-8f3a-2d1e6b5a4c33");
    private static final Charge CHARGE = new Charge(PAYMENT_ID, ORDER_ID, Money.won(22000), TID + ":" + PG_TOKEN);

    private KakaoPayGateway gateway;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wireMock) {
        gateway = new KakaoPayGateway(wireMock.getHttpBaseUrl(), SECRET_KEY, CID);
    }

    @Test
    void approvesWithTheTidAndTotalKakaoPayAnswers() {
        stubFor(post("/online/v1/payment/approve").willReturn(okJson("""
                {
                  "aid": "A5c7e9b1d3f5a7c9e1b3",
                  "tid": "%s",
                  "cid": "%s",
                  "partner_order_id": "%s",
                  "partner_user_id": "%s",
                  "payment_method_type": "MONEY",
                  "item_name": "티셔츠",
                  "quantity": 1,
                  "amount": {"total": 22000, "tax_free": 0, "vat": 2000, "point": 0, "discount": 0, "green_deposit": 0},
                  "created_at": "2024-06-01T12:33:10",
                  "approved_at": "2024-06-01T12:34:56"
                }
                """.formatted(TID, CID, ORDER_ID.value(), ORDER_ID.value()))));

        Authorization answer = gateway.authorize(CHARGE);

        assertThat(answer).isEqualTo(new Authorization.Approved(TID, Money.won(22000)));
        verify(postRequestedFor(urlEqualTo("/online/v1/payment/approve"))
                .withHeader("Authorization", equalTo("SECRET_KEY " + SECRET_KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"cid": "%s", "tid": "%s", "partner_order_id": "%s", "partner_user_id": "%s",
                         "pg_token": "%s"}
                        """.formatted(CID, TID, ORDER_ID.value(), ORDER_ID.value(), PG_TOKEN))));
    }

    @Test
    void declinesWithKakaoPayErrorAndPaymentMethodResult() {
        stubFor(post("/online/v1/payment/approve").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"error_code": -780, "error_message": "approval failure!",
                         "extras": {"method_result_code": "USER_LOCKED",
                                    "method_result_message": "진행중인 거래가 있습니다. 잠시 후 다시 시도해 주세요."}}
                        """)));

        assertThat(gateway.authorize(CHARGE)).isEqualTo(new Authorization.Declined("-780:USER_LOCKED"));
    }

    @Test
    void declinesWithKakaoPayErrorCodeAlone() {
        stubFor(post("/online/v1/payment/approve").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"error_code": -701, "error_message": "payment(tid) is not authenticated yet"}
                        """)));

        assertThat(gateway.authorize(CHARGE)).isEqualTo(new Authorization.Declined("-701"));
    }

    @Test
    void declinesTokenWithoutTidAndPgTokenWithoutCallingKakaoPay() {
        Charge malformed = new Charge(PAYMENT_ID, ORDER_ID, Money.won(22000), PG_TOKEN);

        assertThat(gateway.authorize(malformed)).isEqualTo(new Authorization.Declined("invalid_payment_token"));
        verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void reportsUnknownOutcomeWhenKakaoPayFailsInternally() {
        stubFor(post("/online/v1/payment/approve").willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"error_code": -9798, "error_message": "service temporarily unavailable"}
                        """)));

        assertThatThrownBy(() -> gateway.authorize(CHARGE))
                .isInstanceOf(PaymentGatewayException.class)
                .hasMessageContaining("503")
                .hasMessageNotContaining(SECRET_KEY)
                .hasMessageNotContaining(PG_TOKEN);
    }

    @Test
    void reportsUnknownOutcomeWhenKakaoPayCannotBeReached() {
        KakaoPayGateway unreachable = new KakaoPayGateway("http://localhost:1", SECRET_KEY, CID);

        assertThatThrownBy(() -> unreachable.authorize(CHARGE))
                .isInstanceOf(PaymentGatewayException.class)
                .hasMessageContaining("no answer");
    }

    @Test
    void refundsTheWholeAmountAndAnswersTheCancelAid() {
        stubFor(post("/online/v1/payment/cancel").willReturn(okJson("""
                {
                  "aid": "A0b2d4f6a8c0e2a4c6e8",
                  "tid": "%s",
                  "cid": "%s",
                  "status": "CANCEL_PAYMENT",
                  "partner_order_id": "%s",
                  "partner_user_id": "%s",
                  "payment_method_type": "MONEY",
                  "amount": {"total": 22000, "tax_free": 0, "vat": 2000, "point": 0, "discount": 0, "green_deposit": 0},
                  "approved_cancel_amount": {"total": 22000, "tax_free": 0, "vat": 2000, "point": 0, "discount": 0,
                                             "green_deposit": 0},
                  "canceled_at": "2024-06-01T12:40:00"
                }
                """.formatted(TID, CID, ORDER_ID.value(), ORDER_ID.value()))));

        String refundId = gateway.refund(new Refund(PAYMENT_ID, TID, Money.won(22000)));

        assertThat(refundId).isEqualTo("A0b2d4f6a8c0e2a4c6e8");
        verify(postRequestedFor(urlEqualTo("/online/v1/payment/cancel"))
                .withHeader("Authorization", equalTo("SECRET_KEY " + SECRET_KEY))
                .withRequestBody(equalToJson("""
                        {"cid": "%s", "tid": "%s", "cancel_amount": 22000, "cancel_tax_free_amount": 0}
                        """.formatted(CID, TID))));
    }

    @Test
    void failsRefundWhenKakaoPayRefusesTheCancel() {
        stubFor(post("/online/v1/payment/cancel").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"error_code": -721, "error_message": "invalid tid"}
                        """)));

        assertThatThrownBy(() -> gateway.refund(new Refund(PAYMENT_ID, TID, Money.won(22000))))
                .isInstanceOf(PaymentGatewayException.class)
                .hasMessageContaining("-721");
    }
}
