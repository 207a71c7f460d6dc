<?php

// Runs when a site owner deletes the plugin. Nothing to remove: the plugin stores no options, post meta, user meta,
// transients, tables or files outside its own folder (which WordPress deletes). Blocks and shortcodes stay in posts
// as the author wrote them; without the plugin WordPress shows nothing for them.

defined('WP_UNINSTALL_PLUGIN') || exit;
