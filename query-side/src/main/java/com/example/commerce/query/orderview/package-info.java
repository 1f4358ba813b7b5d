/** Orders as their customers and admins see them: the detail folded from the order's, payments' and shipments' events, lists, and live updates. */
package com.example.commerce.query.orderview;
