/** Start-up: required settings outside the embedded default, dev defaults and the demo catalog inside it. */
package com.example.commerce.app.startup;
