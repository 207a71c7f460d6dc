<?php

// PHP-level tests of the plugin, run inside the test's real WordPress (test/wordpress/site.mjs feeds this file to
// wp-eval.php after the plugin is active). `$case` selects one group; each check prints one JSON line
// {"name", "ok", "detail"} for wordpress.test.mjs to report. Groups run in separate PHP processes, so the
// WordPress 6.5 stubs never leak into the others.

use function MagnesiumWidgets\accepts;
use function MagnesiumWidgets\site_locale;

$check = static function (string $name, bool $ok, $detail = ''): void {
    echo json_encode(['name' => $name, 'ok' => $ok, 'detail' => is_string($detail) ? $detail : print_r($detail, true)]), "\n";
};
$mg_locale = 'en_US';
add_filter('locale', static function () use (&$mg_locale) {
    return $mg_locale;
});
$widget = static function (string $tag): array {
    foreach (MagnesiumWidgets\spec()['widgets'] as $each) {
        if ($each['tag'] === $tag) {
            return $each;
        }
    }
    throw new Exception("no $tag");
};
$plugin = WP_PLUGIN_DIR . '/magnesium-widgets/';
$case = getenv('MG_CASE');

if ($case === 'modules') {
    // WordPress 6.5+: the plugin must use the script-module API, not a classic script tag. 6.1 has no such
    // functions, so stub them and record what the plugin asks for.
    $GLOBALS['mg_modules'] = ['registered' => [], 'enqueued' => []];
    function wp_register_script_module(string $id, string $src = '', array $deps = [], $version = false): void
    {
        $GLOBALS['mg_modules']['registered'][$id] = add_query_arg('ver', $version, $src);
    }
    function wp_enqueue_script_module(string $id): void
    {
        $GLOBALS['mg_modules']['enqueued'][] = $id;
    }
    MagnesiumWidgets\register_scripts();
    $html = do_shortcode('[mg_risk_quiz heading-level="3"]');
    $modules = $GLOBALS['mg_modules'];
    $check('6.5+: the widget is enqueued with wp_enqueue_script_module', $modules['enqueued'] === ['magnesium-widgets-mg-risk-quiz'], $modules);
    $check(
        '6.5+: the module is the plugin\'s own file, versioned',
        ($modules['registered']['magnesium-widgets-mg-risk-quiz'] ?? '') === plugins_url('assets/cdn/mg-risk-quiz.js?ver=' . MagnesiumWidgets\spec()['version'], $plugin . 'magnesium-widgets.php'),
        $modules['registered'],
    );
    $check('6.5+: hydrate support is registered first (modules print in registration order)', array_key_first($modules['registered']) === 'magnesium-widgets-hydrate-support', array_keys($modules['registered']));
    $check('6.5+: no classic script tag for the widget', !wp_script_is('magnesium-widgets-mg-risk-quiz', 'enqueued'));
    $check('6.5+: the element is rendered', str_contains($html, '<mg-risk-quiz heading-level="3">'), $html);
}

if ($case === 'classic') {
    // WordPress < 6.5: a classic handle, printed as type="module", only once rendered.
    $check('< 6.5: nothing enqueued before a widget is rendered', !wp_script_is('magnesium-widgets-mg-dose-table', 'enqueued'));
    do_shortcode('[mg_dose_table]');
    ob_start();
    wp_scripts()->do_items();
    $printed = ob_get_clean();
    $check('< 6.5: the widget is enqueued as a classic handle', wp_script_is('magnesium-widgets-mg-dose-table', 'done'));
    $check('< 6.5: printed as a module script from the plugin folder', preg_match('#<script type="module" src=\'[^\']*/wp-content/plugins/magnesium-widgets/assets/cdn/mg-dose-table\.js\?ver=[^\']+\'#', $printed) === 1, $printed);
    // One widget file (with hydrate support before it: `[mg_dose_table]` in its default state gets the fragment).
    $check('< 6.5: only the rendered widget is loaded', substr_count($printed, 'magnesium-widgets/assets/cdn/mg-') === 1, $printed);
}

if ($case === 'locales') {
    $expected = [
        'da_DK' => ['da', 'DK'], 'nb_NO' => ['nb', 'NO'], 'sv_SE' => ['sv', 'SE'], 'de_AT' => ['de', 'AT'],
        'en_GB' => ['en', 'GB'], 'nn_NO' => ['nb', 'NO'], 'fi' => ['fi', 'FI'], 'sv_FI' => ['sv', 'FI'],
        'de_DE_formal' => ['de', 'DE'], 'en_US' => ['en', 'US'], 'fr_FR' => ['en', 'FR'], 'is_IS' => ['en', 'IS'],
    ];
    foreach ($expected as $wp_locale => [$widget_locale, $country]) {
        $mg_locale = $wp_locale;
        $got = site_locale();
        $check("get_locale() $wp_locale → widgets' locale $widget_locale, country $country", $got === ['locale' => $widget_locale, 'country' => $country], $got);
        $fallback = MagnesiumWidgets\spec()['fallbackText'][$widget_locale]['mg-risk-quiz'];
        $html = do_shortcode('[mg_risk_quiz heading-level="4"]');
        $check("$wp_locale: fallback text in $widget_locale", str_contains($html, esc_html($fallback)), $html);
    }
}

if ($case === 'attributes') {
    $dose_checker = $widget('mg-dose-checker');
    $rule = static fn(array $w, string $name): array => current(array_filter($w['attributes'], static fn($a) => $a['name'] === $name));
    $cases = [
        ['mg-dose-table', 'age-group', '18+', true], ['mg-dose-table', 'age-group', '99', false],
        ['mg-dose-table', 'sex', 'female', true], ['mg-dose-table', 'sex', 'Female', false],
        ['mg-dose-checker', 'mg-per-unit', '100', true], ['mg-dose-checker', 'mg-per-unit', '100.5', true],
        ['mg-dose-checker', 'mg-per-unit', '0', false], ['mg-dose-checker', 'mg-per-unit', '100 mg', false],
        ['mg-dose-checker', 'mg-per-unit', '5001', false], ['mg-dose-checker', 'units-per-day', '2.5', true],
        ['mg-dose-checker', 'units-per-day', '2.25', false], ['mg-dose-checker', 'units-per-pack', '90', true],
        ['mg-dose-checker', 'units-per-pack', '90.5', false], ['mg-dose-checker', 'medicines', 'iron digoxin', true],
        ['mg-dose-checker', 'medicines', 'iron aspirin', false], ['mg-dose-checker', 'salt', 'citrate', true],
        ['mg-risk-quiz', 'heading-level', '3', true], ['mg-risk-quiz', 'heading-level', '7', false],
        ['mg-dose-checker', 'product-name', 'anything at all', true],
    ];
    foreach ($cases as [$tag, $name, $value, $accepted]) {
        $check("$tag $name=\"$value\" is " . ($accepted ? 'accepted' : 'not accepted'), accepts($rule($widget($tag), $name), $value) === $accepted);
    }

    $html = do_shortcode('[mg_dose_checker product-name="Tom &amp; Jerry\'s &quot;&gt;&lt;img src=x onerror=alert(1)&gt;" units-per-day="2" bogus="x"]');
    $check('shortcode values are escaped into one attribute', preg_match('#^<mg-dose-checker product-name="[^"<>]*" units-per-day="2">[^<>]*</mg-dose-checker>$#', $html) === 1, $html);
    $check('unknown shortcode attributes are left out', !str_contains($html, 'bogus'), $html);
    $check('a bad value is passed on for the widget to report', str_contains(do_shortcode('[mg_dose_table age-group="99"]'), 'age-group="99"'));
    $check('with WP_DEBUG the bad value is logged like the widget logs it', str_contains((string) file_get_contents(WP_DEBUG_LOG), '[magnesium-widgets] [mg_dose_table] age-group="99" is not accepted; accepted: 7-11m, 1-3, 4-10, 11-17, 18+'));
    $check('boolean: bare name sets it', str_contains(do_shortcode('[mg_dose_table compare]'), '<mg-dose-table compare>'));
    $check('boolean: "false" leaves it out', str_contains(do_shortcode('[mg_dose_table compare="false"]'), '<mg-dose-table>'));
    $block = do_blocks('<!-- wp:magnesium-widgets/dose-table {"ageGroup":"99","sex":"female","compare":true} /-->');
    $check('block: WordPress drops a value outside block.json\'s enum, keeps the rest', str_contains($block, '<mg-dose-table compare sex="female">'), $block);
    $check('block: one line, no <p> or <br>', !preg_match('#<p[\s>]|<br|\n#', trim($block)), $block);
}

if ($case === 'fragments') {
    // The fragment lookup with stand-ins for the files `npm run build` will write to dist/html/ (#16).
    // Real fragments (once the build makes them) are set aside and put back at the end.
    $html_dir = $plugin . 'assets/html/';
    $hydrate = $plugin . 'assets/cdn/hydrate-support.js';
    $real_hydrate = is_file($hydrate);
    if (is_dir($html_dir)) {
        rename($html_dir, $plugin . 'assets/html-real');
    }
    wp_mkdir_p($html_dir);
    foreach (
        ['mg-symptom-checklist.de.html', 'mg-symptom-checklist.de-AT.html', 'mg-symptom-checklist.sv.html',
            'mg-symptom-checklist.en.html', 'mg-symptom-checklist.en-GB.html', 'mg-dose-table.de.html'] as $name
    ) {
        [$tag] = explode('.', $name);
        file_put_contents($html_dir . $name, "<$tag><template shadowrootmode=\"open\">fragment $name</template></$tag>\n");
    }
    $used = static fn(string $html): string => preg_match('/fragment (\S+\.html)/', $html, $m) ? $m[1] : ('fallback text');
    if (!$real_hydrate) {
        $mg_locale = 'de_AT';
        $check('without hydrate-support.js no fragment is used', $used(do_shortcode('[mg_symptom_checklist]')) === 'fallback text');
        file_put_contents($hydrate, 'export {};');
    }
    $expect = [
        ['de_AT', '[mg_symptom_checklist]', 'mg-symptom-checklist.de-AT.html'],
        ['de_DE', '[mg_symptom_checklist]', 'mg-symptom-checklist.de.html'],
        ['de_CH', '[mg_symptom_checklist]', 'fallback text'], // Swiss contacts differ from German ones
        ['de_CH', '[mg_dose_table]', 'mg-dose-table.de.html'], // the table has no country files
        ['en_GB', '[mg_symptom_checklist]', 'mg-symptom-checklist.en-GB.html'],
        ['en_US', '[mg_symptom_checklist]', 'mg-symptom-checklist.en.html'],
        ['sv_SE', '[mg_symptom_checklist]', 'mg-symptom-checklist.sv.html'],
        ['sv_FI', '[mg_symptom_checklist]', 'fallback text'], // never Swedish numbers on a Finnish site
        ['de_AT', '[mg_symptom_checklist emergency-number="144"]', 'fallback text'], // not the default state
    ];
    foreach ($expect as [$wp_locale, $shortcode, $file]) {
        $mg_locale = $wp_locale;
        $got = $used(do_shortcode($shortcode));
        $check("$wp_locale $shortcode → $file", $got === $file, $got);
    }
    // A block's fragment goes through the_content after rendering: wptexturize must leave it as the build wrote it.
    $mg_locale = 'de_DE';
    file_put_contents($html_dir . 'mg-dose-table.de.html', '<mg-dose-table><template shadowrootmode="open"><p>"18+" -- 1-3 Jahre, 2x</p></template></mg-dose-table>');
    $content = apply_filters('the_content', '<!-- wp:magnesium-widgets/dose-table /-->');
    $check('the_content leaves a block\'s fragment as it is (no curly quotes, dashes, ×)', str_contains($content, '<p>"18+" -- 1-3 Jahre, 2x</p>'), $content);
    // Hydrate support must run before every widget module, also one rendered before the fragment.
    $mg_locale = 'de_AT';
    wp_scripts()->done = [];
    wp_scripts()->queue = [];
    do_shortcode('[mg_risk_quiz heading-level="3"]');
    do_shortcode('[mg_symptom_checklist]');
    ob_start();
    wp_scripts()->do_items();
    $printed = ob_get_clean();
    preg_match_all('#assets/cdn/([a-z-]+)\.js#', $printed, $order);
    $check('hydrate support is printed before every widget module', $order[1] === ['hydrate-support', 'mg-risk-quiz', 'mg-symptom-checklist'], $order[1]);
    array_map('unlink', glob($html_dir . '*'));
    rmdir($html_dir);
    if (is_dir($plugin . 'assets/html-real')) {
        rename($plugin . 'assets/html-real', $html_dir);
    }
    if (!$real_hydrate) {
        unlink($hydrate);
    }
}
