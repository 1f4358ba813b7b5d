package com.example.commerce.axon.processing;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How streaming processors split their work.
 *
 * @param segments          segments per processor when it first starts; more segments let more nodes share it
 * @param maxClaimedSegments a fixed number of segments one node may hold (default: an even share among live nodes)
 * @param batchSize         events handled in one transaction
 * @param batchSizes        the batch size of particular processors, by processor name (others use {@code batchSize});
 *                          a batch holds only the events that are already waiting, so a larger one matters while a
 *                          processor catches up or replays
 */
@ConfigurationProperties("commerce.processing")
public record ProcessingProperties(Integer segments, Integer maxClaimedSegments, Integer batchSize,
                                   Map<String, Integer> batchSizes) {

    public ProcessingProperties {
        segments = segments == null ? 4 : segments;
        batchSize = batchSize == null ? 20 : batchSize;
        batchSizes = batchSizes == null ? Map.of() : Map.copyOf(batchSizes);
    }
}
