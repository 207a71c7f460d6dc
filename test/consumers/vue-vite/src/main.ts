import { createApp } from 'vue';
import 'magnesium-widgets/define.js';
import App from './App.vue';

createApp(App).mount('#app');
