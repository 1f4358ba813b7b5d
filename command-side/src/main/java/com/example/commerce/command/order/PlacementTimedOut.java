package com.example.commerce.command.order;

import com.example.commerce.api.common.OrderId;

/**
 * The order was recorded but the stock verdict did not come in time (the order process is behind or
 * down). The order is not lost: the process will reserve or reject it, and a pending order shows up
 * in the customer's list.
 */
public class PlacementTimedOut extends RuntimeException {

    private final OrderId orderId;

    public PlacementTimedOut(OrderId orderId) {
        super("order " + orderId + " was recorded, but its stock reservation has not finished yet");
        this.orderId = orderId;
    }

    public OrderId orderId() {
        return orderId;
    }
}
