// Demo page behaviour: a light/dark page switch (the widgets follow the page's color-scheme).
const toggle = document.querySelector('.theme-toggle');
const root = document.documentElement;
const label = () => (root.classList.contains('dark') ? 'Lys side' : 'Mørk side');
if (new URLSearchParams(location.search).get('tema') === 'moerk') root.classList.add('dark');
if (toggle) {
  toggle.textContent = label();
  toggle.addEventListener('click', () => {
    root.classList.toggle('dark');
    toggle.textContent = label();
  });
}
