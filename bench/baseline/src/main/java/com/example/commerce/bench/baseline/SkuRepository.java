package com.example.commerce.bench.baseline;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SkuRepository extends JpaRepository<SkuEntity, String> {
}
