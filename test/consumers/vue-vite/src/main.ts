import { createApp } from 'vue';
import 'magnesium-widgets/define.js';
import App from './App.vue';
import '../../../support/fresh-page.js';

createApp(App).mount('#app');
