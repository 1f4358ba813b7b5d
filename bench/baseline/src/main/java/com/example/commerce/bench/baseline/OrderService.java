package com.example.commerce.bench.baseline;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * placeOrder as a CRUD service would write it: snapshot the lines' names and prices, take the
 * stock of each line with a conditional update, and record the order and its items, all in one
 * transaction (one commit). A short line rolls everything back.
 */
@Service
public class OrderService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    @PersistenceContext
    private EntityManager entityManager;
    private final SkuRepository skus;
    private final StockRepository stock;
    private final Clock clock = Clock.systemUTC();
    private final ZoneId zone;
    private final long shippingFee;
    private final long freeShippingThreshold;
    private final Duration paymentTimeout;

    public OrderService(SkuRepository skus, StockRepository stock,
                        @Value("${commerce.zone:Asia/Seoul}") ZoneId zone,
                        @Value("${commerce.pricing.shipping-fee:3000}") long shippingFee,
                        @Value("${commerce.pricing.free-shipping-threshold:50000}") long freeShippingThreshold,
                        @Value("${commerce.order.payment-timeout:PT30M}") Duration paymentTimeout) {
        this.skus = skus;
        this.stock = stock;
        this.zone = zone;
        this.shippingFee = shippingFee;
        this.freeShippingThreshold = freeShippingThreshold;
        this.paymentTimeout = paymentTimeout;
    }

    @Transactional
    public PurchaseOrder placeOrder(UUID customerId, List<Line> lines, PurchaseOrder.Address address) {
        Map<String, SkuEntity> found = skus.findAllById(lines.stream().map(Line::sku).toList()).stream()
                .filter(SkuEntity::isActive)
                .collect(Collectors.toMap(SkuEntity::getSku, Function.identity()));
        List<OrderItem> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            SkuEntity sku = found.get(line.sku());
            if (sku == null) {
                throw new BadRequest("items[" + i + "].sku", "SKU " + line.sku() + " is unknown or not on sale");
            }
            items.add(new OrderItem(sku.getSku(), sku.getProductName(), sku.getVariantName(), sku.getPrice(),
                    line.quantity()));
        }
        List<Map<String, Object>> unavailable = new ArrayList<>();
        for (Line line : lines) {
            if (stock.take(line.sku(), line.quantity()) == 0) {
                Integer available = stock.available(line.sku());
                unavailable.add(Map.of("sku", line.sku(), "requested", line.quantity(),
                        "available", available == null ? 0 : available));
            }
        }
        if (!unavailable.isEmpty()) {
            throw new OutOfStock(unavailable); // rolls back the lines already taken
        }
        Instant now = clock.instant();
        long number = ((Number) entityManager.createNativeQuery("SELECT nextval('order_number_seq')")
                .getSingleResult()).longValue();
        String orderNumber = "ORD-" + LocalDate.ofInstant(now, zone).format(DATE) + "-" + String.format("%06d", number);
        PurchaseOrder order = new PurchaseOrder(UUID.randomUUID(), orderNumber, customerId, items,
                PurchaseOrder.Amounts.of(items, 0, shippingFee, freeShippingThreshold), address, now,
                now.plus(paymentTimeout));
        entityManager.persist(order);
        return order;
    }

    /** Pending -> paid, and the payment recorded, in one transaction. */
    @Transactional
    public Payment pay(UUID orderId, String provider, String paymentToken) {
        boolean approved = !"tok_declined".equals(paymentToken);
        Object[] order = (Object[]) entityManager.createNativeQuery("SELECT status, total FROM orders WHERE id = :id")
                .setParameter("id", orderId).getResultStream().findFirst().orElse(null);
        if (order == null) {
            throw new NotFound("order " + orderId);
        }
        long total = ((Number) order[1]).longValue();
        if (approved) {
            int changed = entityManager.createNativeQuery("UPDATE orders SET status = 'paid', paid_at = :now"
                            + " WHERE id = :id AND status = 'pending'")
                    .setParameter("now", clock.instant()).setParameter("id", orderId).executeUpdate();
            if (changed == 0) {
                throw new Conflict("order " + orderId + " is " + order[0] + ", not pending");
            }
        }
        Payment payment = new Payment(UUID.randomUUID(), orderId, provider, approved ? "completed" : "failed", total,
                clock.instant());
        entityManager.persist(payment);
        return payment;
    }

    /** Deletes everything and sets up the catalog and stock the benchmark asks for. */
    @Transactional
    public int setUp(List<SkuSpec> specs) {
        entityManager.createNativeQuery("TRUNCATE payment, order_item, orders, stock, sku").executeUpdate();
        for (SkuSpec spec : specs) {
            entityManager.persist(new SkuEntity(spec.sku(), spec.productName(), spec.variantName(), spec.price(), true));
        }
        entityManager.flush();
        specs.forEach(spec -> stock.put(spec.sku(), spec.stock()));
        return specs.size();
    }

    public record Line(String sku, int quantity) {
    }

    public record SkuSpec(String sku, String productName, String variantName, long price, int stock) {
    }

    public static class OutOfStock extends RuntimeException {
        final List<Map<String, Object>> unavailable;

        OutOfStock(List<Map<String, Object>> unavailable) {
            super("out of stock", null, false, false);
            this.unavailable = unavailable;
        }
    }

    public static class BadRequest extends RuntimeException {
        final String field;

        BadRequest(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    public static class NotFound extends RuntimeException {
        NotFound(String what) {
            super(what + " not found", null, false, false);
        }
    }

    public static class Conflict extends RuntimeException {
        Conflict(String message) {
            super(message, null, false, false);
        }
    }
}
