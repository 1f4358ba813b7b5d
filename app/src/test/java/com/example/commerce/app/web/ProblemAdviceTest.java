package com.example.commerce.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** A command that gave up waiting for its aggregate is a retryable 503, never a 500. */
class ProblemAdviceTest {

    private final ProblemAdvice advice = new ProblemAdvice();

    @Test
    void answersALockWaitThatTookTooLongWithServiceUnavailable() {
        ResponseEntity<ProblemDetail> answer = advice.busy(new LockAcquisitionFailedException("waited PT30S"));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(answer.getBody().getType().toString()).endsWith("/busy");
    }

    @Test
    void findsTheLockWaitInsideAFailedCommand() {
        CommandExecutionException failed = new CommandExecutionException("failed",
                new LockAcquisitionFailedException("waited PT30S"));

        assertThat(advice.commandFailed(failed).getStatusCode().value()).isEqualTo(503);
    }
}
