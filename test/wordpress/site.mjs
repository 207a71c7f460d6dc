// A private WordPress for one test run, from Debian's packages (the team's WORDPRESS-RECIPE.md): MariaDB on a socket
// in a temporary folder, a copy of /usr/share/wordpress, `php -S` on a free port. Nothing is started as a service and
// nothing outside the folder is written; stop() ends both servers by their process ids and removes the folder.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function must(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}${result.stdout}`);
  return result.stdout;
}

async function until(what, check, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await wait(100);
  }
}

const wpConfig = (dir, port) => `<?php
define('DB_NAME', 'wp'); define('DB_USER', 'wp'); define('DB_PASSWORD', 'wp'); define('DB_COLLATE', '');
define('DB_HOST', 'localhost:${dir}/db.sock'); define('DB_CHARSET', 'utf8mb4'); $table_prefix = 'wp_';
foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT',
  'LOGGED_IN_SALT', 'NONCE_SALT'] as $k) define($k, "test-$k");
define('WP_HOME', 'http://127.0.0.1:${port}'); define('WP_SITEURL', WP_HOME);
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true); define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
define('WP_DEBUG', true); define('WP_DEBUG_DISPLAY', false); define('WP_DEBUG_LOG', '${dir}/debug.log');
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;

// A mini "wp eval" (wp-cli is not in Debian 12): php wp-eval.php DOCROOT [install] < code.php
const wpEvalPhp = `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1'; $_SERVER['REQUEST_URI'] = '/';
if (($argv[2] ?? '') === 'install') { define('WP_INSTALLING', true); function wp_new_blog_notification() {} }
require $argv[1] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
eval('?>' . stream_get_contents(STDIN));
`;

// php -S router: real files as they are, everything else to WordPress (pretty permalinks, favicon, robots.txt).
const routerPhp = `<?php
$p = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if ($p !== '/' && file_exists($_SERVER['DOCUMENT_ROOT'] . $p)) return false;
$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = '/index.php';
require $_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
`;

/**
 * Starts the site: admin `admin`/`admin-pass`, author `author`/`author-pass`, permalinks /%postname%/, theme Twenty
 * Twenty-Three. Returns { dir, url, php(code, env), debugLog(), stop() }.
 */
export async function startSite() {
  // Short folder: MariaDB refuses a socket path over 107 bytes.
  const dir = mkdtempSync('/tmp/mgwp-');
  const port = await freePort();
  const socket = `${dir}/db.sock`;
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // php -S runs workers in its own process group (detached); end the group, as the recipe does with setsid.
      if (child.spawnargs[0] === 'php') process.kill(-child.pid, 'SIGTERM');
      else child.kill('SIGTERM');
      await Promise.race([exited, wait(10000)]);
    }
    if (!process.env.KEEP_WORDPRESS) rmSync(dir, { recursive: true, force: true });
    else console.log(`# WordPress left in ${dir}`);
  };
  try {
    must('mariadb-install-db', [
      '--no-defaults',
      '--user=root',
      `--datadir=${dir}/db`,
      '--skip-test-db',
      '--skip-name-resolve',
      '--innodb-log-file-size=4M',
    ]);
    children.push(
      spawn(
        'mariadbd',
        [
          '--no-defaults',
          '--user=root',
          `--datadir=${dir}/db`,
          `--socket=${socket}`,
          `--pid-file=${dir}/db.pid`,
          '--skip-networking',
          '--innodb-log-file-size=4M',
          '--innodb-buffer-pool-size=32M',
          `--log-error=${dir}/db.err`,
        ],
        { stdio: 'ignore' },
      ),
    );
    const sql = (statement) =>
      spawnSync('mariadb', ['--no-defaults', '-S', socket, '-uroot', '-e', statement], { encoding: 'utf8' });
    await until('MariaDB', () => sql('SELECT 1').status === 0);
    must('mariadb', [
      '--no-defaults',
      '-S',
      socket,
      '-uroot',
      '-e',
      "CREATE DATABASE wp; CREATE USER wp@localhost IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO wp@localhost;",
    ]);
    // -L: Debian's copy has relative symlinks (underscore.js, getID3, …) that break outside /usr/share.
    must('cp', ['-rL', '/usr/share/wordpress', `${dir}/www`]);
    writeFileSync(`${dir}/www/wp-config.php`, wpConfig(dir, port));
    writeFileSync(`${dir}/wp-eval.php`, wpEvalPhp);
    writeFileSync(`${dir}/router.php`, routerPhp);
    must('php', [`${dir}/wp-eval.php`, `${dir}/www`, 'install'], {
      input: `<?php require_once ABSPATH . 'wp-admin/includes/upgrade.php';
        wp_install('Test site', 'admin', 'admin@example.test', true, '', 'admin-pass');
        global $wp_rewrite; $wp_rewrite->set_permalink_structure('/%postname%/'); flush_rewrite_rules(false);
        update_option('show_avatars', 0);
        wp_insert_user(['user_login' => 'author', 'user_pass' => 'author-pass', 'user_email' => 'a@example.test',
          'role' => 'author']);`,
    });
    children.push(
      spawn('php', ['-S', `127.0.0.1:${port}`, '-t', `${dir}/www`, `${dir}/router.php`], {
        detached: true,
        stdio: 'ignore',
        env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      }),
    );
    const url = `http://127.0.0.1:${port}`;
    await until('php -S', async () => {
      try {
        return (await fetch(`${url}/wp-login.php`)).status === 200;
      } catch {
        return false;
      }
    });
    /** Runs PHP inside WordPress (plugin functions loaded); returns what it prints. */
    const php = (code, env = {}) =>
      must('php', [`${dir}/wp-eval.php`, `${dir}/www`], {
        input: code.startsWith('<?php') ? code : `<?php ${code}`,
        env: { ...process.env, ...env },
      });
    const debugLog = () => {
      try {
        return readFileSync(`${dir}/debug.log`, 'utf8');
      } catch {
        return '';
      }
    };
    return { dir, url, php, debugLog, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
