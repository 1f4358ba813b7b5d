package com.example.commerce.query.orderview;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers {@link FindOrderDetail} from the active generation of the order view; null for an order no one may see. */
@Component
public class OrderDetailQueryHandler {

    private final OrderViewRepository rows;

    public OrderDetailQueryHandler(OrderViewRepository rows) {
        this.rows = rows;
    }

    @QueryHandler
    public OrderDetailView handle(FindOrderDetail query) {
        return rows.visibleDetail(query.orderId()).orElse(null);
    }
}
