/** The projection admin endpoints: each projection's progress, and rebuilding one. */
package com.example.commerce.query.projection.web;
