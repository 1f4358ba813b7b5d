package com.example.commerce.query.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.commerce.api.error.InvalidInput;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditControllerTest {

    @Test
    void readsAnInstantOrAnOffsetTime() {
        assertThat(AuditController.parseInstant("2026-11-24T03:00:00Z")).isEqualTo(Instant.parse("2026-11-24T03:00:00Z"));
        assertThat(AuditController.parseInstant("2026-11-24T12:00:00+09:00"))
                .isEqualTo(Instant.parse("2026-11-24T03:00:00Z"));
    }

    @Test
    void readsAnOffsetWhosePlusSignArrivedAsASpace() {
        assertThat(AuditController.parseInstant("2026-11-24T12:00:00 09:00"))
                .isEqualTo(Instant.parse("2026-11-24T03:00:00Z"));
    }

    @Test
    void refusesAMissingOrMalformedAsOfOnTheAsOfField() {
        assertThatThrownBy(() -> AuditController.parseInstant(null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("asOf"));
        assertThatThrownBy(() -> AuditController.parseInstant("yesterday"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("asOf"));
    }
}
