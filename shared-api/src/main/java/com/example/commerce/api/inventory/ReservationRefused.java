package com.example.commerce.api.inventory;

import com.example.commerce.api.common.OrderId;
import com.example.commerce.api.common.Sku;

/** An order asked for more units than were available; nothing was held. */
public record ReservationRefused(Sku sku, OrderId orderId, int requested, int available) implements InventoryEvent {
}
