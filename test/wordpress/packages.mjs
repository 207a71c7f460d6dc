// The Debian packages the WordPress test needs (WORDPRESS-RECIPE.md), as `{ file: package }` for ensureDebianPackages.
// php8.2-cgi and webfs only satisfy the `wordpress` package's "a web server and PHP for it" dependencies, so apt
// does not pull apache2 and libapache2-mod-php; the test serves WordPress with `php -S`.
export const wordpressPackages = {
  '/usr/share/wordpress/wp-settings.php': 'wordpress',
  '/usr/share/wordpress/wp-content/themes/twentytwentythree/style.css': 'wordpress-theme-twentytwentythree',
  '/usr/sbin/mariadbd': 'mariadb-server-core',
  '/usr/bin/mariadb': 'mariadb-client',
  '/etc/php/8.2/mods-available/mysqli.ini': 'php-mysql',
  '/usr/bin/php': 'php',
  '/usr/bin/php-cgi8.2': 'php8.2-cgi',
  '/usr/bin/webfsd': 'webfs',
  '/usr/bin/phpcs': 'php-codesniffer',
};
