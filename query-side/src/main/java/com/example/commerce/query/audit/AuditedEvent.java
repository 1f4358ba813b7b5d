package com.example.commerce.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/**
 * One stored event as an auditor reads it: where it sits in the store ({@code globalSequence}),
 * whose event it is, its payload as stored (after upcasting) and its metadata, which names who
 * caused it ({@code userId}) and the {@code correlationId}.
 */
public record AuditedEvent(@JsonInclude(JsonInclude.Include.ALWAYS) Long globalSequence, String aggregateType,
                           String aggregateId, long sequenceNumber, String type, Instant occurredAt, JsonNode payload,
                           Map<String, Object> metadata) {
}
