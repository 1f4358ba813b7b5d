package com.example.commerce.bench.baseline;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Stock per SKU; reserving is one conditional update, so two orders never take the same last unit. */
public interface StockRepository extends JpaRepository<StockEntity, String> {

    @Modifying(flushAutomatically = false, clearAutomatically = false)
    @Query(value = "UPDATE stock SET available = available - :quantity WHERE sku = :sku AND available >= :quantity",
            nativeQuery = true)
    int take(@Param("sku") String sku, @Param("quantity") int quantity);

    @Query(value = "SELECT available FROM stock WHERE sku = :sku", nativeQuery = true)
    Integer available(@Param("sku") String sku);

    @Modifying
    @Query(value = "INSERT INTO stock (sku, available) VALUES (:sku, :available)"
            + " ON CONFLICT (sku) DO UPDATE SET available = EXCLUDED.available", nativeQuery = true)
    int put(@Param("sku") String sku, @Param("available") int available);
}
