/** Value objects and typed identifiers used across every message. */
package com.example.commerce.api.common;
