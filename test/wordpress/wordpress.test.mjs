// The WordPress plugin (dist/wordpress/magnesium-widgets.zip) in a real WordPress: Debian's 6.1 with PHP 8.2 and
// MariaDB in a temporary folder (test/wordpress/site.mjs), pages in Debian's Chromium. The zip is installed through
// WordPress's own plugin upgrader and activated; posts are written by an Author (no unfiltered_html, so KSES filters
// them) with each block and each shortcode. Run: node --test --test-reporter=spec test/wordpress/wordpress.test.mjs
// (after `npm run build`); KEEP_WORDPRESS=1 keeps the site's folder for a look afterwards.
/* global document, window, customElements */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumFlags, root } from '../../scripts/lib.mjs';
import { startSite } from './site.mjs';

const zip = `${root}dist/wordpress/magnesium-widgets.zip`;
const built = `${root}dist/wordpress/magnesium-widgets/`;
const spec = JSON.parse(readFileSync(`${built}widgets.json`, 'utf8'));
const core = await import(`${root}dist/src/core.js`);
const pluginPath = '/wp-content/plugins/magnesium-widgets/';

// What an Author writes. Blocks with their default attributes (the state a server-rendered fragment shows);
// shortcodes as the README shows them, each on its own line in classic content (wpautop runs on it).
const shortcodes = {
  'mg-symptom-checklist': '[mg_symptom_checklist]',
  'mg-dose-table': '[mg_dose_table age-group="18+" sex="female"]',
  'mg-risk-quiz': '[mg_risk_quiz heading-level="3"]',
  'mg-dose-checker':
    '[mg_dose_checker product-name="Magnesium Citrat 100 mg" mg-per-unit="100" units-per-day="2" units-per-pack="90"]',
};
const classic = (body) => `A paragraph before the widget.\n\n${body}\n\nA paragraph after the widget.`;
/** Widgets in their default state (a block, or a shortcode without attributes) get the server-rendered fragment. */
const inDefaultState = (slug, tag) => slug.startsWith('block-') || !/\s/.test(shortcodes[tag]);
const posts = {};
for (const widget of spec.widgets) {
  posts[`block-${widget.slug}`] = {
    tag: widget.tag,
    content: `<!-- wp:paragraph -->\n<p>Before.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:${widget.block} /-->\n\n<!-- wp:paragraph -->\n<p>After.</p>\n<!-- /wp:paragraph -->`,
  };
  posts[`shortcode-${widget.slug}`] = { tag: widget.tag, content: classic(shortcodes[widget.tag]) };
}
const badShortcode = classic('[mg_dose_table age-group="99" sex="<b>x</b>"]');

/** How a reader uses each widget, and the event that proves it worked (the dose table has no mg-result). */
const interactions = {
  'mg-symptom-checklist': {
    event: 'mg-result',
    run: (page) => page.locator('mg-symptom-checklist input[type="checkbox"]').first().check(),
  },
  'mg-dose-table': {
    event: 'mg-change',
    run: async (page) => {
      await openDetails(page.locator('mg-dose-table [part="picker"]'));
      await page.locator('mg-dose-table select[name="age-group"]').selectOption('4-10');
    },
  },
  'mg-risk-quiz': {
    event: 'mg-result',
    run: async (page) => {
      await page.locator('mg-risk-quiz button').first().click();
      for (let step = 0; step < 40 && !(await page.locator('mg-risk-quiz [part="result"]').count()); step++) {
        await page.locator('mg-risk-quiz form input[type="radio"]').first().check();
        await page.locator('mg-risk-quiz form button[type="submit"]').click();
      }
    },
  },
  'mg-dose-checker': {
    event: 'mg-result',
    run: async (page) => {
      // A complete preset product starts collapsed.
      await openDetails(page.locator('mg-dose-checker details:has(input[id$="mgPerUnit"])').first());
      await page.locator('mg-dose-checker input[id$="mgPerUnit"]').first().fill('150');
    },
  },
};

async function openDetails(details) {
  if (!(await details.evaluate((element) => element.open))) await details.locator('summary').first().click();
}

/** The fragment the plugin should use for a default-state widget (the rule in includes/widgets.php), or null. */
function expectedFragment(tag, wpLocale) {
  const dir = `${built}assets/html/`;
  if (!existsSync(`${built}assets/cdn/hydrate-support.js`) || !existsSync(dir)) return null;
  const [language, region] = wpLocale.split('_');
  const locale = spec.locales.byLanguage[language] ?? spec.locales.other;
  const country = region ?? spec.locales.countryByLanguage[language];
  const byCountry = `${dir}${tag}.${locale}-${country}.html`;
  if (existsSync(byCountry)) return readFileSync(byCountry, 'utf8').trim();
  // As in includes/widgets.php: the locale's own file fits only a site whose country has the same contacts as the
  // country the locale implies, for a widget that has country files at all.
  const countryFiles = readdirSync(dir).some((name) => name.startsWith(`${tag}.`) && /-[A-Z]{2}\.html$/.test(name));
  const contactsOf = (code) => spec.contacts.byCountry[code] ?? spec.contacts.other;
  const own = `${dir}${tag}.${locale}.html`;
  if (existsSync(own) && (!countryFiles || contactsOf(country) === contactsOf(spec.contacts.localeCountry[locale])))
    return readFileSync(own, 'utf8').trim();
  return null;
}

/** Each `<tag …>…</tag>` in raw HTML, with what surrounds it. */
function widgetsIn(html, tag) {
  return [...html.matchAll(new RegExp(`(.{0,40})<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>(.{0,40})`, 'g'))].map(
    ([, before, attributes = '', inner, after]) => ({ before, attributes, inner, after }),
  );
}

let site;
let browser;

// Straight into the table: update_option() accepts only languages with an installed language pack, and Debian's
// wordpress-l10n (WordPress's own words) is not needed to test the plugin's.
const setSiteLocale = (wpLocale) =>
  site.php(`global $wpdb; $wpdb->query($wpdb->prepare("INSERT INTO $wpdb->options (option_name, option_value, autoload)
    VALUES ('WPLANG', %s, 'yes') ON DUPLICATE KEY UPDATE option_value = VALUES(option_value)", '${wpLocale}'));`);
const urls = {};

describe('WordPress plugin in a real WordPress (Chromium)', () => {
  before(async () => {
    assert.ok(existsSync(zip), `${zip} is missing: run npm run build first`);
    site = await startSite();
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', ...chromiumFlags] });
  });

  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  test('PHP: php -l passes on every file', () => {
    const files = spawnSync('find', [`${root}wordpress`, `${root}test/wordpress`, '-name', '*.php'], {
      encoding: 'utf8',
    })
      .stdout.split('\n')
      .filter(Boolean);
    assert.ok(files.length >= 4, files.join());
    for (const file of files) {
      const lint = spawnSync('php', ['-l', file], { encoding: 'utf8' });
      assert.equal(lint.status, 0, `${file}: ${lint.stdout}${lint.stderr}`);
    }
  });

  test('PHP: phpcs (PSR-12 and the rules in wordpress/phpcs.xml) finds nothing', () => {
    const cs = spawnSync('phpcs', ['--standard=phpcs.xml', '-s', '--no-colors', '--report=full'], {
      cwd: `${root}wordpress`,
      encoding: 'utf8',
    });
    assert.equal(cs.status, 0, cs.stdout + cs.stderr);
  });

  test("the zip installs through WordPress's plugin upgrader and activates", () => {
    const out = site.php(`
      require_once ABSPATH . 'wp-admin/includes/file.php';
      require_once ABSPATH . 'wp-admin/includes/misc.php';
      require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
      wp_set_current_user(get_user_by('login', 'admin')->ID);
      $installed = (new Plugin_Upgrader(new Automatic_Upgrader_Skin()))->install(${JSON.stringify(zip)});
      echo json_encode(['installed' => $installed, 'activated' => activate_plugin('magnesium-widgets/magnesium-widgets.php'),
        'version' => get_bloginfo('version'), 'php' => PHP_VERSION,
        'plugin' => get_plugin_data(WP_PLUGIN_DIR . '/magnesium-widgets/magnesium-widgets.php')]);`);
    const result = JSON.parse(out);
    assert.equal(result.installed, true, out);
    assert.equal(result.activated, null, out);
    assert.equal(result.plugin.Version, spec.version);
    assert.equal(result.plugin.RequiresWP, '6.1');
    assert.equal(result.plugin.RequiresPHP, '8.1');
    console.log(`# WordPress ${result.version}, PHP ${result.php}`);
  });

  for (const group of ['modules', 'classic', 'locales', 'attributes', 'fragments']) {
    test(`PHP-level: ${group}`, async (t) => {
      const lines = site
        .php(readFileSync(new URL('./unit.php', import.meta.url), 'utf8'), { MG_CASE: group })
        .split('\n')
        .filter(Boolean);
      assert.ok(lines.length > 0, 'no checks ran');
      for (const line of lines) {
        const { name, ok, detail } = JSON.parse(line);
        await t.test(name, () => assert.ok(ok, detail));
      }
    });
  }

  test("an Author's posts keep the blocks and shortcodes (KSES)", () => {
    const all = { ...posts, 'bad-shortcode': { content: badShortcode }, plain: { content: classic('No widget.') } };
    const out = site.php(`
      $uid = get_user_by('login', 'author')->ID;
      wp_set_current_user($uid);
      assert(!current_user_can('unfiltered_html'));
      $urls = [];
      foreach (json_decode(${JSON.stringify(JSON.stringify(all))}, true) as $slug => $post) {
        $id = wp_insert_post(wp_slash(['post_title' => $slug, 'post_name' => $slug, 'post_content' => $post['content'],
          'post_status' => 'publish', 'post_author' => $uid]), true);
        $urls[$slug] = [get_permalink($id), get_post($id)->post_content === $post['content']];
      }
      echo json_encode($urls);`);
    for (const [slug, [url, kept]] of Object.entries(JSON.parse(out))) {
      urls[slug] = url;
      if (slug !== 'bad-shortcode') assert.ok(kept, `${slug}: content changed on save`);
    }
  });

  /** Opens a post in a fresh page, recording errors, requests and our warnings; events are recorded from the start. */
  async function open(slug, context = browser) {
    const page = await context.newPage();
    const seen = { problems: [], requests: [], warnings: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') seen.problems.push(`console error: ${message.text()}`);
      if (message.text().startsWith('[magnesium-widgets]')) seen.warnings.push(message.text());
    });
    page.on('pageerror', (error) => seen.problems.push(`page error: ${error.message}`));
    page.on('request', (request) => seen.requests.push(request.url()));
    page.on('requestfailed', (request) => seen.problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) seen.problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.addInitScript(() => {
      window.__heard = [];
      for (const type of ['mg-change', 'mg-result'])
        document.addEventListener(type, (event) => window.__heard.push(`${event.target.localName} ${type}`));
    });
    const response = await page.goto(urls[slug], { waitUntil: context === browser ? 'load' : 'domcontentloaded' });
    // The HTML as WordPress sent it, before any script ran.
    return { page, seen, html: await response.text() };
  }

  const upgraded = (page, tag) =>
    page.waitForFunction(
      (name) => customElements.get(name) && document.querySelector(name)?.shadowRoot?.childElementCount > 0,
      tag,
      { timeout: 15000 },
    );

  for (const slug of Object.keys(posts)) {
    test(`${slug}: works for the reader, loads from the site itself, content before JavaScript, no <p>/<br>`, async () => {
      const { tag } = posts[slug];
      const { page, seen, html } = await open(slug);
      const [widget, ...more] = widgetsIn(html, tag);
      assert.ok(widget && more.length === 0, `one <${tag}> in the HTML`);
      const fragment = inDefaultState(slug, tag) ? expectedFragment(tag, 'en_US') : null;
      if (fragment) assert.ok(html.includes(fragment), 'the server-rendered fragment is in the HTML');
      else assert.equal(widget.inner, spec.fallbackText.en[tag], 'the fallback text is in the HTML, nothing else');
      assert.doesNotMatch(widget.inner.replace(/<template[\s\S]*<\/template>/, ''), /<p[\s>]|<br/i);
      assert.doesNotMatch(widget.before, /<p>\s*$/, 'no <p> opened right before the widget');
      assert.doesNotMatch(widget.after, /^\s*(<\/p>|<br)/, 'no </p> or <br> right after the widget');
      const modules = [...html.matchAll(/<script type="module" src='([^']+)'/g)].map(([, src]) => src);
      const expected = [...(fragment ? ['hydrate-support'] : []), tag].map(
        (name) => `${site.url}${pluginPath}assets/cdn/${name}.js?ver=${spec.version}`,
      );
      assert.deepEqual(modules, expected, "only this widget's module (after hydrate support if a fragment is used)");

      await upgraded(page, tag);
      await page.evaluate(() => (window.__heard = []));
      await interactions[tag].run(page);
      const event = `${tag} ${interactions[tag].event}`;
      await page.waitForFunction((name) => window.__heard.includes(name), event, { timeout: 10000 });
      assert.equal(
        await page.evaluate((name) => document.querySelector(name).closest('p'), tag),
        null,
        'not inside a <p>',
      );
      await page.waitForTimeout(100);
      await page.close();
      assert.deepEqual(seen.problems, []);
      assert.deepEqual(seen.warnings, []);
      const offSite = seen.requests.filter((url) => !url.startsWith(`${site.url}/`) && !url.startsWith('data:'));
      assert.deepEqual(offSite, [], 'no request leaves the site');
      const widgetFiles = seen.requests.filter((url) => /\/cdn\/|magnesium/.test(url));
      assert.ok(widgetFiles.length > 0);
      for (const url of widgetFiles) assert.ok(url.startsWith(`${site.url}${pluginPath}assets/cdn/`), url);
    });
  }

  test('a post without a widget loads none of the widget files', async () => {
    const html = await (await fetch(urls.plain)).text();
    assert.ok(html.includes('No widget.'));
    assert.ok(!html.includes('magnesium-widgets'), 'no mention of the plugin in the page');
  });

  test("a bad shortcode value: the widget's own message, one warning, nothing broken", async () => {
    const { page, seen, html } = await open('bad-shortcode');
    const [widget, ...more] = widgetsIn(html, 'mg-dose-table');
    assert.ok(widget && more.length === 0);
    assert.match(widget.attributes, /^ age-group="99" sex="[^"<>]*"$/, 'escaped into attributes');
    await upgraded(page, 'mg-dose-table');
    const shadowText = await page.locator('mg-dose-table').evaluate((el) => el.shadowRoot.textContent);
    assert.match(shadowText, /"age-group"/, 'the widget names the setting');
    assert.ok(
      seen.warnings.some((warning) => warning.includes('age-group')),
      seen.warnings.join('\n'),
    );
    assert.equal(await page.locator('mg-dose-table').count(), 1);
    assert.equal(await page.locator('.entry-content b, .wp-block-post-content b').count(), 0, 'no <b> from the value');
    assert.equal(await page.getByText('A paragraph after the widget.').count(), 1, 'the rest of the post is there');
    await page.close();
    assert.deepEqual(seen.problems, []);
  });

  test('JavaScript off: every widget shows its fragment or fallback text', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await Promise.all(
      Object.keys(posts).map(async (slug) => {
        const { tag } = posts[slug];
        const { page, seen } = await open(slug, context);
        const widget = page.locator(tag);
        const box = await widget.boundingBox();
        const text = await widget.evaluate((el) => (el.shadowRoot?.textContent ?? '') + el.textContent);
        const fragment = inDefaultState(slug, tag) && expectedFragment(tag, 'en_US');
        assert.ok(box && box.height > 0, `${slug}: visible`);
        assert.ok(fragment ? text.trim().length > 100 : text.includes(spec.fallbackText.en[tag]), `${slug}: ${text}`);
        assert.ok(
          !seen.requests.some((url) => url.includes('/assets/cdn/')),
          `${slug}: no widget file without JavaScript`,
        );
        await page.close();
      }),
    );
    await context.close();
  });

  for (const wpLocale of ['da_DK', 'nb_NO', 'sv_SE', 'de_AT', 'en_GB']) {
    test(`site language ${wpLocale}: <html lang>, the widgets' locale and the country's contacts`, async () => {
      setSiteLocale(wpLocale);
      const lang = wpLocale.replace('_', '-');
      const locale = core.resolveLocale(lang);
      const contacts = core.contactsFor(lang);
      const tag = 'mg-symptom-checklist';
      const { page, seen, html } = await open('shortcode-symptom-checklist');
      assert.ok(html.includes(`<html lang="${lang}"`), `<html lang="${lang}">`);
      const fragment = expectedFragment(tag, wpLocale);
      assert.ok(html.includes(fragment ?? `>${spec.fallbackText[locale][tag]}</${tag}>`), 'content in the language');
      await upgraded(page, tag);
      // An urgent sign shows the same-day contact beside it; the emergency box is always there.
      await page.locator(`${tag} input[value="tetany"]`).check();
      const shadowText = await page.locator(tag).evaluate((el) => el.shadowRoot.textContent);
      for (const number of [contacts.emergencyNumber, contacts.urgentNumber].filter(Boolean))
        assert.ok(shadowText.includes(number), `${number} for ${contacts.country}`);
      const localeChunks = seen.requests.filter((url) => /\/chunks\/symptom-checklist\.[a-z]{2}-/.test(url));
      assert.deepEqual(
        localeChunks.map((url) => /symptom-checklist\.([a-z]{2})-/.exec(url)[1]),
        locale === 'da' ? [] : [locale],
        "the messages of the site's language (Danish is built in)",
      );
      await page.close();
      assert.deepEqual(seen.problems, []);
      setSiteLocale('');
    });
  }

  test('block editor as the Author (Danish): insert a widget, change a sidebar control, the saved post renders it', async () => {
    site.php(`$u = get_user_by('login', 'author');
      update_user_meta($u->ID, 'locale', 'da_DK');
      update_user_meta($u->ID, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences',
        ['core/edit-post' => ['welcomeGuide' => false], '_modified' => gmdate('c')]);`);
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // Offline, an Author's editor gets 403 from the templates endpoint (WORDPRESS-RECIPE.md); loads are not ours.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        errors.push(`console error: ${message.text()}`);
    });
    await page.goto(`${site.url}/wp-login.php`);
    await page.fill('#user_login', 'author');
    await page.fill('#user_pass', 'author-pass');
    await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
    await page.goto(`${site.url}/wp-admin/post-new.php`);
    await page.locator('.edit-post-header-toolbar__inserter-toggle').click();
    await page.locator('.block-editor-inserter__search input').fill('Magnesium');
    await page.getByRole('option', { name: 'Magnesium: doseringstabel' }).click();
    await page.locator('.edit-post-header-toolbar__inserter-toggle').click();
    const settings = page.locator('.edit-post-header__settings button[aria-label="Settings"]');
    if ((await settings.getAttribute('aria-pressed')) !== 'true') await settings.click();
    await page.locator('.editor-styles-wrapper mg-dose-table').waitFor();
    await page.waitForFunction(
      () => document.querySelector('.editor-styles-wrapper mg-dose-table')?.shadowRoot?.childElementCount > 0,
    );
    const sidebar = page.locator('.interface-complementary-area');
    await sidebar.getByLabel('Aldersgruppe').selectOption('18+');
    await sidebar.getByLabel('Køn').selectOption('female');
    await page.waitForFunction(
      () => document.querySelector('.editor-styles-wrapper mg-dose-table')?.getAttribute('age-group') === '18+',
    );
    await page.waitForFunction(
      () => document.querySelector('.editor-styles-wrapper mg-dose-table')?.shadowRoot?.childElementCount > 0,
    );
    await page.locator('.editor-post-title__input').fill('Fra editoren');
    await page.locator('.editor-post-publish-panel__toggle').click();
    await page.locator('.editor-post-publish-panel .editor-post-publish-button').click();
    await page.locator('.post-publish-panel__postpublish').waitFor({ timeout: 15000 });
    const link = await page.evaluate(() => window.wp.data.select('core/editor').getPermalink());
    await context.close();
    assert.deepEqual(errors, []);
    const html = await (await fetch(link)).text();
    const [widget] = widgetsIn(html, 'mg-dose-table');
    assert.ok(widget, 'the saved post renders the widget');
    assert.equal(widget.attributes, ' age-group="18+" sex="female"');
    const { stored } = JSON.parse(
      site.php(`echo json_encode(['stored' => get_post(url_to_postid(${JSON.stringify(link)}))->post_content]);`),
    );
    assert.match(stored, /<!-- wp:magnesium-widgets\/dose-table \{"ageGroup":"18\+","sex":"female"\} \/-->/);
  });

  test('uninstall leaves nothing behind', () => {
    const out = site.php(`
      require_once ABSPATH . 'wp-admin/includes/file.php';
      wp_set_current_user(get_user_by('login', 'admin')->ID);
      deactivate_plugins('magnesium-widgets/magnesium-widgets.php');
      $deleted = delete_plugins(['magnesium-widgets/magnesium-widgets.php']);
      global $wpdb;
      $rows = [];
      foreach (['options' => 'option_value', 'postmeta' => 'meta_value', 'usermeta' => 'meta_value'] as $table => $column) {
        foreach ($wpdb->get_results("SELECT * FROM {$wpdb->prefix}$table WHERE $column LIKE '%magnesium%'
          OR " . ($table === 'options' ? 'option_name' : 'meta_key') . " LIKE '%magnesium%'", ARRAY_A) as $row) {
          $rows[] = [$table, $row];
        }
      }
      echo json_encode(['deleted' => $deleted, 'folder' => is_dir(WP_PLUGIN_DIR . '/magnesium-widgets'), 'rows' => $rows]);`);
    const result = JSON.parse(out);
    assert.equal(result.deleted, true, out);
    assert.equal(result.folder, false, 'the plugin folder is gone');
    // WordPress itself remembers a deactivated plugin for a week in `recently_activated`; that row is core's.
    const ours = result.rows.filter(
      ([table, row]) => !(table === 'options' && row.option_name === 'recently_activated'),
    );
    assert.deepEqual(ours, []);
    assert.doesNotMatch(
      site.debugLog(),
      /plugins\/magnesium-widgets\//,
      'no PHP notice, warning or error from the plugin',
    );
  });
});
