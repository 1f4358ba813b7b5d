/** Page requests and pages of results, as every list endpoint of the API shapes them. */
package com.example.commerce.query.paging;
