/** The HTTP contract shared by every endpoint: problem responses, body limits, the caller, JSON. */
package com.example.commerce.app.web;
