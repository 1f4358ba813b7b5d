/** How Axon is wired for this product: serializer, stores, processors, metadata, snapshots, deadlines. */
package com.example.commerce.axon;
