<?php

// Blocks, shortcodes and script loading for the four widgets. What each widget accepts comes from widgets.json,
// which `npm run build` generates from custom-elements.json and the widgets' own checks, so a new attribute needs
// no edit here.

namespace MagnesiumWidgets;

defined('ABSPATH') || exit;

const HANDLE_PREFIX = 'magnesium-widgets-';
const HYDRATE_SUPPORT = 'hydrate-support';
const EDITOR_HANDLE = 'magnesium-widgets-editor';

/** widgets.json, read once per request. */
function spec(): array
{
    static $spec = null;
    if ($spec === null) {
        $json = file_get_contents(dirname(__DIR__) . '/widgets.json');
        $spec = is_string($json) ? json_decode($json, true) : null;
        $spec = is_array($spec) ? $spec : ['version' => '0', 'widgets' => []];
    }
    return $spec;
}

function asset_url(string $path): string
{
    return plugins_url('assets/' . $path, PLUGIN_FILE);
}

/** Blocks, shortcodes and script handles (init). */
function register(): void
{
    register_scripts();
    foreach (spec()['widgets'] as $widget) {
        register_block_type(dirname(__DIR__) . '/blocks/' . $widget['slug'], [
            'render_callback' => static fn(array $attributes): string => render_block($widget, $attributes),
        ]);
        add_shortcode(
            $widget['shortcode'],
            static fn($attributes): string => render_shortcode($widget, is_array($attributes) ? $attributes : []),
        );
    }
}

/**
 * One handle per CDN entry (hydrate support first: modules run in the order they are printed). Classic handles are
 * printed as `type="module"` by module_script_tag() and serve WordPress < 6.5 and the block editor; WordPress 6.5+
 * also gets script modules for the front end.
 */
function register_scripts(): void
{
    $version = spec()['version'];
    $entries = [HYDRATE_SUPPORT => 'cdn/hydrate-support.js'];
    foreach (spec()['widgets'] as $widget) {
        $entries[$widget['tag']] = 'cdn/' . $widget['tag'] . '.js';
    }
    foreach ($entries as $id => $path) {
        wp_register_script(HANDLE_PREFIX . $id, asset_url($path), [], $version, true);
        if (function_exists('wp_register_script_module')) {
            wp_register_script_module(HANDLE_PREFIX . $id, asset_url($path), [], $version);
        }
    }
    wp_register_script(
        EDITOR_HANDLE,
        plugins_url('editor.js', PLUGIN_FILE),
        ['wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n'],
        $version,
        true,
    );
}

/** Loads a widget's module on this page only (and hydrate support before it when a fragment is used). */
function enqueue_widget(string $tag, bool $hydrate): void
{
    $ids = $hydrate ? [HYDRATE_SUPPORT, $tag] : [$tag];
    if (function_exists('wp_enqueue_script_module')) {
        foreach ($ids as $id) {
            wp_enqueue_script_module(HANDLE_PREFIX . $id);
        }
        return;
    }
    if ($hydrate) {
        // Every widget module must run after hydrate support, whatever order the widgets were rendered in.
        foreach (spec()['widgets'] as $widget) {
            $script = wp_scripts()->query(HANDLE_PREFIX . $widget['tag']);
            if ($script && !in_array(HANDLE_PREFIX . HYDRATE_SUPPORT, $script->deps, true)) {
                $script->deps[] = HANDLE_PREFIX . HYDRATE_SUPPORT;
            }
        }
    }
    foreach ($ids as $id) {
        wp_enqueue_script(HANDLE_PREFIX . $id);
    }
}

/** The CDN files are ES modules: a classic <script> fails on their `export` (filter script_loader_tag). */
function module_script_tag(string $tag, string $handle): string
{
    if (!str_starts_with($handle, HANDLE_PREFIX) || $handle === EDITOR_HANDLE) {
        return $tag;
    }
    $tag = preg_replace('/\stype=(["\'])[^"\']*\1/', '', $tag) ?? $tag;
    return str_replace('<script ', '<script type="module" ', $tag);
}

/**
 * Block output goes through the_content's wptexturize after rendering: it must not curl the quotes or turn the
 * dashes of a server-rendered fragment (or the fallback text) into other characters (filter no_texturize_tags).
 */
function no_texturize_tags(array $tags): array
{
    return array_merge($tags, ['template'], array_column(spec()['widgets'], 'tag'));
}

/** Block editor: the widgets themselves (live preview), the sidebar controls and their words (da, en). */
function enqueue_editor(): void
{
    foreach (spec()['widgets'] as $widget) {
        wp_enqueue_script(HANDLE_PREFIX . $widget['tag']);
    }
    wp_add_inline_script(
        EDITOR_HANDLE,
        'window.magnesiumWidgets = ' . wp_json_encode(['widgets' => spec()['widgets']]) . ';',
        'before',
    );
    wp_set_script_translations(EDITOR_HANDLE, 'magnesium-widgets', dirname(__DIR__) . '/languages');
}

/** Block attributes (camelCase, validated by WordPress against block.json) to the element's attributes. */
function render_block(array $widget, array $attributes): string
{
    $values = [];
    foreach ($widget['attributes'] as $attribute) {
        $value = $attributes[$attribute['field']] ?? null;
        if ($value === null || $value === '' || $value === false) {
            continue;
        }
        $values[$attribute['name']] = $value === true ? true : (string) $value;
    }
    return '<div ' . get_block_wrapper_attributes() . '>' . render_widget($widget, $values) . '</div>';
}

/** Shortcode attributes as authors type them (`age-group="18+"`, a bare `compare` for a boolean). */
function render_shortcode(array $widget, array $attributes): string
{
    $values = [];
    foreach ($widget['attributes'] as $attribute) {
        $name = $attribute['name'];
        if ($attribute['kind'] === 'boolean') {
            $given = $attributes[$name] ?? (in_array($name, $attributes, true) ? 'true' : null);
            if ($given !== null && !in_array(strtolower(trim((string) $given)), ['false', '0', 'no', 'off'], true)) {
                $values[$name] = true;
            }
        } elseif (isset($attributes[$name]) && is_scalar($attributes[$name])) {
            $values[$name] = (string) $attributes[$name];
            report_if_not_accepted($widget, $attribute, $values[$name]);
        }
    }
    return render_widget($widget, $values);
}

/**
 * Whether the widget accepts `$value` for `$attribute` (the same rules as its own checks, from widgets.json).
 * Text attributes accept any string; the widget checks what only it can (e.g. a product's salt with its basis).
 */
function accepts(array $attribute, string $value): bool
{
    return match ($attribute['kind']) {
        'enum' => in_array($value, $attribute['values'], true),
        'id-list' => array_diff(
            preg_split('/\s+/', trim($value), -1, PREG_SPLIT_NO_EMPTY),
            $attribute['values'],
        ) === [],
        'number' => accepts_number($attribute, $value),
        default => true,
    };
}

/** A decimal with `.` within the attribute's min (inclusive or not), max, step and integer rules. */
function accepts_number(array $attribute, string $text): bool
{
    if (preg_match('/^-?(?:\d+(?:\.\d+)?|\.\d+)$/', trim($text)) !== 1) {
        return false;
    }
    $x = (float) $text;
    $min = $attribute['min'] ?? null;
    $too_small = $min !== null && ($x < $min || (!empty($attribute['minExclusive']) && $x == $min));
    $too_large = isset($attribute['max']) && $x > $attribute['max'];
    $off_step = (!empty($attribute['integer']) && floor($x) != $x)
        || (isset($attribute['step']) && fmod($x, $attribute['step']) != 0.0);
    return !$too_small && !$too_large && !$off_step;
}

/**
 * A value the widget does not accept is still passed on (escaped): the widget shows its own localised message where
 * the reader and author see it. With WP_DEBUG on, the site's debug log gets the same line the browser console does.
 */
function report_if_not_accepted(array $widget, array $attribute, string $value): void
{
    if (accepts($attribute, $value) || !(defined('WP_DEBUG') && WP_DEBUG)) {
        return;
    }
    $accepted = isset($attribute['values']) ? implode(', ', $attribute['values']) : $attribute['kind'];
    error_log(sprintf(
        '[magnesium-widgets] [%s] %s="%s" is not accepted; accepted: %s. The widget ignores it.',
        $widget['shortcode'],
        $attribute['name'],
        $value,
        $accepted,
    ));
}

/**
 * The element with its attributes (escaped). Default attributes: the server-rendered fragment for the site's
 * locale and country if the build shipped one. Otherwise short fallback text inside the tag: a default-state
 * fragment would show the wrong content and not match on hydration. One line, so nothing can add a <br> to it.
 */
function render_widget(array $widget, array $values): string
{
    $tag = $widget['tag'];
    $fragment = $values === [] ? fragment($tag) : null;
    enqueue_widget($tag, $fragment !== null);
    if ($fragment !== null) {
        return $fragment;
    }
    $html = '<' . $tag;
    foreach ($values as $name => $value) {
        $html .= ' ' . $name . ($value === true ? '' : '="' . esc_attr($value) . '"');
    }
    return $html . '>' . esc_html(fallback_text($tag)) . '</' . $tag . '>';
}

/** The widgets' locale and country for the site's locale, by the widgets' own rules (`de_AT` → de, AT). */
function site_locale(): array
{
    $locales = spec()['locales'];
    $subtags = preg_split('/[-_]/', get_locale());
    $language = strtolower($subtags[0] ?? '');
    $locale = $language === '' ? $locales['none'] : ($locales['byLanguage'][$language] ?? $locales['other']);
    $country = $locales['countryByLanguage'][$language] ?? null;
    foreach (array_slice($subtags, 1) as $subtag) {
        if (preg_match('/^[A-Za-z]{2}$/', $subtag) === 1) {
            $country = strtoupper($subtag);
            break;
        }
    }
    return ['locale' => $locale, 'country' => $country];
}

/**
 * The fragment `dist/html/<tag>.<locale>-<COUNTRY>.html`, else `<tag>.<locale>.html`, else null. Fragments need
 * hydrate support; without it they are not used.
 */
function fragment(string $tag): ?string
{
    $dir = dirname(__DIR__) . '/assets/html/';
    if (!is_file(dirname(__DIR__) . '/assets/cdn/hydrate-support.js')) {
        return null;
    }
    foreach (fragment_names($tag, $dir) as $file) {
        if (is_file($dir . $file)) {
            $html = file_get_contents($dir . $file);
            return is_string($html) ? trim($html) : null;
        }
    }
    return null;
}

/**
 * The files to try, best first. The locale's own file was rendered for the country the locale implies (`sv` for
 * Sweden): for a widget with country files (its contacts differ by country) it fits only a site whose country has
 * the same contacts, so a Finnish site in Swedish never shows Swedish emergency numbers.
 */
function fragment_names(string $tag, string $dir): array
{
    ['locale' => $locale, 'country' => $country] = site_locale();
    $names = $country !== null ? ["$tag.$locale-$country.html"] : [];
    $contacts = spec()['contacts'];
    $implied = $contacts['localeCountry'][$locale] ?? null;
    $same_contacts = ($contacts['byCountry'][$country] ?? $contacts['other'])
        === ($contacts['byCountry'][$implied] ?? $contacts['other']);
    if ($same_contacts || (glob($dir . $tag . '.*-*.html') ?: []) === []) {
        $names[] = "$tag.$locale.html";
    }
    return $names;
}

function fallback_text(string $tag): string
{
    $texts = spec()['fallbackText'];
    return $texts[site_locale()['locale']][$tag] ?? $texts['en'][$tag] ?? '';
}
