package com.example.commerce.query.paging;

import com.example.commerce.api.error.InvalidInput;

/**
 * Which page of a list a client asks for: {@code page} from 0, {@code size} from 1 (default 20);
 * a size above {@value #MAX_SIZE} is served as {@value #MAX_SIZE}.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInput("page", "page must be 0 or more, was " + page);
        }
        if (size < 1) {
            throw new InvalidInput("size", "size must be 1 or more, was " + size);
        }
        size = Math.min(size, MAX_SIZE);
    }

    /** The request from optional query parameters. */
    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
