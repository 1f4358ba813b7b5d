package com.example.commerce.command.shipment;

import com.example.commerce.api.common.ShipmentId;
import com.example.commerce.api.error.RuleViolation;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tracking numbers in use per carrier, claimed in the shipping command's transaction: unique per
 * carrier, and how a carrier's webhook finds its shipment.
 */
@Component
public class TrackingNumbers {

    private final JdbcTemplate jdbc;

    public TrackingNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void claim(String carrier, String trackingNumber, ShipmentId shipmentId) {
        int inserted = jdbc.update("INSERT INTO tracking_number (carrier, tracking_number, shipment_id)"
                + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING", carrier, trackingNumber, shipmentId.value());
        if (inserted == 0) {
            throw new RuleViolation("duplicate-tracking-number",
                    "tracking number " + trackingNumber + " of carrier " + carrier + " is already used");
        }
    }

    Optional<ShipmentId> find(String carrier, String trackingNumber) {
        List<String> found = jdbc.queryForList(
                "SELECT shipment_id FROM tracking_number WHERE carrier = ? AND tracking_number = ?",
                String.class, carrier, trackingNumber);
        return found.stream().findFirst().map(ShipmentId::of);
    }
}
