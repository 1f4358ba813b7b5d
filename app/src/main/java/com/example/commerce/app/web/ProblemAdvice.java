package com.example.commerce.app.web;

import com.example.commerce.api.error.DomainException;
import com.example.commerce.api.error.InvalidInput;
import com.example.commerce.api.error.ProblemTypes;
import com.example.commerce.app.security.TooManyLoginAttempts;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API's one error contract: every refusal is an RFC 9457 problem with a {@code type} naming
 * the rule, validation problems list each field, and nothing unexpected leaks a stack trace.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(DomainException.class)
    public ResponseEntity<ProblemDetail> refused(DomainException refusal) {
        HttpStatus status = switch (refusal.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = problem(status, refusal.type(), refusal.getMessage());
        if (refusal instanceof InvalidInput invalid) {
            problem.setProperty("errors", List.of(fieldError(invalid.field(), invalid.getMessage())));
        }
        return respond(problem);
    }

    @ExceptionHandler(CommandExecutionException.class)
    public ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException refusal) {
                return refused(refusal);
            }
            if (cause instanceof LockAcquisitionFailedException waitedTooLong) {
                return busy(waitedTooLong);
            }
        }
        return unexpected(failure);
    }

    /** A command waited too long for its aggregate (a queue behind a hot SKU): nothing was changed. */
    @ExceptionHandler(LockAcquisitionFailedException.class)
    public ResponseEntity<ProblemDetail> busy(LockAcquisitionFailedException waitedTooLong) {
        log.warn("Gave up waiting for an aggregate: {}", waitedTooLong.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "busy",
                        "too many requests wait for the same item; nothing was changed, try again"));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    public ResponseEntity<ProblemDetail> aggregateNotFound(AggregateNotFoundException missing) {
        return respond(problem(HttpStatus.NOT_FOUND, "not-found", "the resource was not found"));
    }

    @ExceptionHandler({ConcurrencyException.class, DataIntegrityViolationException.class})
    public ResponseEntity<ProblemDetail> conflict(RuntimeException conflict) {
        log.info("Concurrent change refused: {}", conflict.getMessage());
        return respond(problem(HttpStatus.CONFLICT, "concurrent-update",
                "the resource was changed at the same time by another request; try again"));
    }

    @ExceptionHandler(TooManyLoginAttempts.class)
    public ResponseEntity<ProblemDetail> throttled(TooManyLoginAttempts throttled) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-login-attempts", throttled.getMessage()));
    }

    @ExceptionHandler({ConstraintViolationException.class, MethodArgumentTypeMismatchException.class})
    public ResponseEntity<ProblemDetail> invalidParameter(Exception invalid) {
        List<Map<String, String>> errors = invalid instanceof ConstraintViolationException violations
                ? violations.getConstraintViolations().stream()
                        .map(v -> fieldError(v.getPropertyPath().toString(), v.getMessage())).toList()
                : List.of(fieldError(((MethodArgumentTypeMismatchException) invalid).getName(), "has the wrong format"));
        return respond(validation(errors));
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception failure) {
        log.error("Unexpected failure", failure);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "the request could not be completed; it has been logged"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException invalid,
            @NonNull HttpHeaders headers, @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        List<Map<String, String>> errors = invalid.getBindingResult().getAllErrors().stream()
                .map(error -> fieldError(error instanceof FieldError field ? field.getField() : error.getObjectName(),
                        error.getDefaultMessage()))
                .toList();
        return asObject(validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            @NonNull HandlerMethodValidationException invalid, @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        List<Map<String, String>> errors = invalid.getAllErrors().stream()
                .map(error -> fieldError(error instanceof FieldError field ? field.getField() : "request",
                        error.getDefaultMessage()))
                .toList();
        return asObject(validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException unreadable,
            @NonNull HttpHeaders headers, @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        for (Throwable cause = unreadable.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyLimitFilter.BodyTooLarge tooLarge) {
                return asObject(problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", tooLarge.getMessage()));
            }
        }
        if (unreadable.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            return asObject(validation(List.of(fieldError(field, "has the wrong type or format"))));
        }
        return asObject(problem(HttpStatus.BAD_REQUEST, "malformed-body", "the request body is missing or is not valid JSON"));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, @NonNull HttpHeaders headers,
                                                          @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        // Problems Spring raises itself (405, 415, 404 of unknown paths...) get a type of ours too.
        if (body instanceof ProblemDetail problem && "about:blank".equals(String.valueOf(problem.getType()))) {
            problem.setType(ProblemTypes.of(HttpStatus.valueOf(status.value()).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static String path(JsonMappingException mismatch) {
        return mismatch.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static ProblemDetail validation(List<Map<String, String>> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "the request has invalid fields");
        problem.setTitle("Invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field, "message", message == null ? "is invalid" : message);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.of(type));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<Object> asObject(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
