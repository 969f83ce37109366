"""SLA clocks: rules declared in the pathway files, calendars, the pure timer function, the cache and sweep."""
