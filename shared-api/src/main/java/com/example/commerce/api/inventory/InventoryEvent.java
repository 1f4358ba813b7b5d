package com.example.commerce.api.inventory;

import com.example.commerce.api.common.Sku;

/** Every event of an Inventory (one per SKU); sealed so that projections can switch over them exhaustively. */
public sealed interface InventoryEvent
        permits StockRestocked,
                StockAdjusted,
                StockReserved,
                ReservationRefused,
                StockReleased,
                StockCommitted,
                StockReturned {

    Sku sku();
}
