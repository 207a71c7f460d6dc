<?php

/**
 * Plugin Name:       Magnesium Widgets
 * Description:       Cited, accessible widgets about magnesium deficiency, as blocks and shortcodes.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            magnesium-widgets
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       magnesium-widgets
 * Domain Path:       /languages
 */

// The plugin's entry point: hooks only; the work is in includes/widgets.php.

namespace MagnesiumWidgets;

defined('ABSPATH') || exit;

const PLUGIN_FILE = __FILE__;

require_once __DIR__ . '/includes/widgets.php';

add_action('init', __NAMESPACE__ . '\\register');
add_action('enqueue_block_editor_assets', __NAMESPACE__ . '\\enqueue_editor');
add_filter('script_loader_tag', __NAMESPACE__ . '\\module_script_tag', 10, 2);
add_filter('no_texturize_tags', __NAMESPACE__ . '\\no_texturize_tags');
