package com.example.commerce.command.inventory;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * The Inventories a node keeps in memory: the most recently used {@value #SKUS} SKUs, held
 * strongly. Axon's {@code WeakReferenceCache} gives an aggregate up at the first garbage collection
 * that finds nothing else holding it (between two commands nothing does, and under load a young
 * collection comes every few seconds); each loss costs a load from the store under the SKU's lock.
 */
final class InventoryCache implements Cache {

    static final int SKUS = 10_000;

    private final ConcurrentMap<Object, Object> entries = Caffeine.newBuilder()
            .maximumSize(SKUS)
            .build()
            .asMap();

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return (T) entries.computeIfAbsent(key, k -> valueSupplier.get());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.computeIfPresent(key, (k, value) -> update.apply((V) value));
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    /** Nothing listens to an aggregate cache; Axon registers listeners only on saga caches. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("the Inventory cache has no listeners");
    }
}
