package com.example.commerce.app.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.OrderStatus;
import com.example.commerce.api.common.PaymentId;
import com.example.commerce.api.common.Sku;
import com.example.commerce.api.coupon.ReleaseCoupon;
import com.example.commerce.api.inventory.ReleaseStock;
import com.example.commerce.api.inventory.ReturnStock;
import com.example.commerce.api.order.ExpireOrder;
import com.example.commerce.api.order.OrderCancelled;
import com.example.commerce.api.order.OrderedUnits;
import com.example.commerce.api.payment.RefundPayment;
import com.example.commerce.axon.serialization.AxonSerializationConfiguration;
import com.example.commerce.command.orderprocess.OrderProcessSaga;
import com.example.commerce.command.orderprocess.PaymentDue;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.deadline.StubDeadlineManager;
import org.junit.jupiter.api.Test;

/**
 * An order process that an earlier version started at placement, read back as the saga store holds
 * it (Axon's own mapper), carries its order on: the lines and deadline it kept still decide, and the
 * units that newer events name are not counted twice. Its order's payment is no longer its business:
 * the paying transaction takes the units out of stock, for its order as for any other.
 */
class EarlierOrderProcessTest {

    private static final OrderId ORDER = OrderId.of("order-placed-by-an-earlier-version");
    private static final Sku TEE = Sku.of("TEE-RED-L");
    private static final Sku MUG = Sku.of("MUG-WHITE");
    private static final List<OrderedUnits> UNITS = List.of(new OrderedUnits(TEE, 2), new OrderedUnits(MUG, 1));
    /** Its fields as the earlier version stored them: the lines, the coupon and its own payment deadline. */
    private static final String STORED = """
            {"orderId":"order-placed-by-an-earlier-version","lines":{"TEE-RED-L":2,"MUG-WHITE":1},
             "couponCode":"WELCOME10","paymentDeadlineId":"earlier-deadline","autoConfirmDeadlineId":null}
            """;

    private final ObjectMapper mapper = new AxonSerializationConfiguration().defaultAxonObjectMapper();
    private final List<Object> sent = new CopyOnWriteArrayList<>();
    private final CommandGateway commands = DefaultCommandGateway.builder().commandBus(recordingBus()).build();
    private final StubDeadlineManager deadlines = new StubDeadlineManager();

    @Test
    void returnsTheUnitsItKeptOnceWhenCancelledAfterPayment() throws Exception {
        OrderProcessSaga saga = stored();
        PaymentId payment = PaymentId.of("payment-1");

        saga.on(new OrderCancelled(ORDER, "out of stock", OrderStatus.PAID, payment, "WELCOME10", UNITS),
                commands, deadlines);

        assertThat(sent).containsExactly(new RefundPayment(payment), new ReturnStock(TEE, ORDER, 2),
                new ReturnStock(MUG, ORDER, 1));
    }

    @Test
    void givesTheLinesItKeptAndTheCouponBackWhenCancelledUnpaid() throws Exception {
        OrderProcessSaga saga = stored();

        saga.on(new OrderCancelled(ORDER, "changed my mind", OrderStatus.PENDING, null, "WELCOME10", UNITS),
                commands, deadlines);

        assertThat(sent).containsExactly(new ReleaseStock(TEE, ORDER), new ReleaseStock(MUG, ORDER),
                new ReleaseCoupon("WELCOME10", ORDER));
    }

    @Test
    void stillExpiresItsOrderWhenTheDeadlineItKeptPasses() throws Exception {
        stored().on(new PaymentDue(ORDER), commands);

        assertThat(sent).containsExactly(new ExpireOrder(ORDER));
    }

    private OrderProcessSaga stored() throws Exception {
        return mapper.readValue(STORED, OrderProcessSaga.class);
    }

    /** Records each command and answers it as its aggregate would, with nothing. */
    private CommandBus recordingBus() {
        CommandBus bus = SimpleCommandBus.builder().build();
        for (Class<?> type : List.of(ReleaseStock.class, ReturnStock.class,
                ReleaseCoupon.class, RefundPayment.class, ExpireOrder.class)) {
            bus.subscribe(type.getName(), command -> {
                sent.add(command.getPayload());
                return null;
            });
        }
        return bus;
    }
}
