/** The auditor's view of an order: every stored event of it, its payments and its shipments, and its state at any instant rebuilt from those events alone. */
package com.example.commerce.query.audit;
