/** Parcels handed to carriers: shipping a paid order, the carriers' tracking webhooks. */
package com.example.commerce.command.shipment;
