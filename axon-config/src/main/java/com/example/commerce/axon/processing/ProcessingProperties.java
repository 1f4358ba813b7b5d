package com.example.commerce.axon.processing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How streaming processors split their work.
 *
 * @param segments          segments per processor when it first starts; more segments let more nodes share it
 * @param maxClaimedSegments a fixed number of segments one node may hold (default: an even share among live nodes)
 * @param batchSize         events handled in one transaction
 */
@ConfigurationProperties("commerce.processing")
public record ProcessingProperties(Integer segments, Integer maxClaimedSegments, Integer batchSize) {

    public ProcessingProperties {
        segments = segments == null ? 4 : segments;
        batchSize = batchSize == null ? 20 : batchSize;
    }
}
