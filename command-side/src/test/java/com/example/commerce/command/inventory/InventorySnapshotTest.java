package com.example.commerce.command.inventory;

import static com.example.commerce.command.inventory.Stock.ORDER;
import static com.example.commerce.command.inventory.Stock.OTHER_ORDER;
import static com.example.commerce.command.inventory.Stock.committed;
import static com.example.commerce.command.inventory.Stock.reserved;
import static com.example.commerce.command.inventory.Stock.restocked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/** An Inventory written into a snapshot and read back, as Axon's serializer does it (fields, not getters). */
class InventorySnapshotTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY))
            .build();

    @Test
    void keepsTheUnitsEachOrderHoldsAsOneFlatListOfOrdersAndUnits() {
        Inventory inventory = Inventory.unstocked();
        inventory.on(restocked(10, 10));
        inventory.on(reserved(ORDER, 3));
        inventory.on(reserved(OTHER_ORDER, 2));
        inventory.on(committed(OTHER_ORDER, 2));

        SerializedObject<byte[]> snapshot = serializer.serialize(inventory, byte[].class);
        Inventory restored = serializer.deserialize(snapshot);

        assertThat(new String(snapshot.getData(), StandardCharsets.UTF_8)).contains("\"held\":[\"order-1\",3]");
        assertThat(restored.available()).isEqualTo(5);
        assertThat(restored.ordersHoldingUnits()).isEqualTo(1);
    }

    @Test
    void readsSnapshotsThatKeptTheHoldsAsAnObjectKeyedByOrder() {
        Inventory restored = serializer.deserialize(snapshot("""
                {"sku":"TEE-RED-L","onHand":10,"reserved":5,"held":{"order-1":3,"order-2":2},"returned":[]}"""));

        assertThat(restored.available()).isEqualTo(5);
        assertThat(restored.ordersHoldingUnits()).isEqualTo(2);
    }

    @Test
    void refusesASnapshotWhoseHoldHasNoUnits() {
        assertThatThrownBy(() -> serializer.deserialize(snapshot("""
                {"sku":"TEE-RED-L","onHand":10,"reserved":3,"held":["order-1","three"],"returned":[]}""")))
                .isInstanceOf(SerializationException.class);
    }

    private static SimpleSerializedObject<byte[]> snapshot(String json) {
        return new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8), byte[].class,
                new SimpleSerializedType(Inventory.class.getName(), null));
    }
}
