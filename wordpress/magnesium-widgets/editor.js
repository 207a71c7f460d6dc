// Magnesium Widgets in the block editor, written for WordPress's own globals (no build step): one block per widget,
// previewed live (the widget itself runs in the editor, from the plugin's files) with sidebar controls made from
// widgets.json, so a new attribute gets a control without an edit here. Words: English source, Danish in languages/.
(function (wp, config) {
  'use strict';
  if (!wp || !wp.blocks || !config) return;
  const el = wp.element.createElement;
  const { __ } = wp.i18n;
  const { PanelBody, SelectControl, TextControl, ToggleControl, CheckboxControl, BaseControl } = wp.components;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const domain = 'magnesium-widgets';

  const titles = {
    'mg-symptom-checklist': __('Magnesium: symptom checklist', domain),
    'mg-dose-table': __('Magnesium: dose table', domain),
    'mg-risk-quiz': __('Magnesium: risk quiz', domain),
    'mg-dose-checker': __('Magnesium: supplement checker', domain),
  };
  const labels = {
    'age-group': __('Age group', domain),
    sex: __('Sex', domain),
    'life-stage': __('Pregnancy and breastfeeding', domain),
    nutrient: __('Nutrient', domain),
    compare: __('Show other authorities’ values', domain),
    'heading-level': __('Heading level', domain),
    'dose-checker-href': __('Link to your supplement checker page', domain),
    'emergency-number': __('Emergency number (leave empty for the site’s country)', domain),
    'urgent-contact': __('Same-day contact (leave empty for the site’s country)', domain),
    'product-name': __('Product name', domain),
    salt: __('Magnesium form (salt)', domain),
    'mg-per-unit': __('Milligrams per tablet or dose', domain),
    'mg-basis': __('The milligrams are', domain),
    'units-per-day': __('Tablets or doses a day', domain),
    'units-per-pack': __('Tablets or doses in a pack', domain),
    'kidney-disease': __('Kidney disease', domain),
    medicines: __('Medicines', domain),
  };
  const valueLabels = {
    female: __('Female', domain),
    male: __('Male', domain),
    pregnant: __('Pregnant', domain),
    lactating: __('Breastfeeding', domain),
    none: __('Neither', domain),
    yes: __('Yes', domain),
    no: __('No', domain),
    unknown: __('Don’t know', domain),
    elemental: __('Elemental magnesium (as on EU labels)', domain),
    compound: __('The whole salt’s weight', domain),
    magnesium: __('Magnesium', domain),
    calcium: __('Calcium', domain),
    'vitamin-d': __('Vitamin D', domain),
    potassium: __('Potassium', domain),
  };
  const labelOf = (attribute) => labels[attribute.name] || attribute.name;
  const valueLabel = (value) => valueLabels[value] || value;

  /** One sidebar control per attribute, by the kind widgets.json gives it. */
  function control(attribute, value, set) {
    const common = { key: attribute.name, label: labelOf(attribute), __nextHasNoMarginBottom: true };
    switch (attribute.kind) {
      case 'boolean':
        return el(ToggleControl, { ...common, checked: value === true, onChange: (checked) => set(checked) });
      case 'enum':
        return el(SelectControl, {
          ...common,
          value: value ?? '',
          options: [{ label: __('Not set', domain), value: '' }].concat(
            attribute.values.map((id) => ({ label: valueLabel(id), value: id })),
          ),
          onChange: (chosen) => set(chosen === '' ? undefined : chosen),
        });
      case 'id-list': {
        const chosen = (value ?? '').split(/\s+/).filter(Boolean);
        return el(
          BaseControl,
          { ...common, id: `magnesium-widgets-${attribute.name}` },
          attribute.values.map((id) =>
            el(CheckboxControl, {
              key: id,
              label: valueLabel(id),
              checked: chosen.includes(id),
              onChange: (on) => {
                const next = attribute.values.filter((each) => (each === id ? on : chosen.includes(each)));
                set(next.length ? next.join(' ') : undefined);
              },
            }),
          ),
        );
      }
      default:
        return el(TextControl, {
          ...common,
          value: value ?? '',
          type: attribute.kind === 'number' ? 'number' : 'text',
          min: attribute.min,
          max: attribute.max,
          step: attribute.step ?? (attribute.integer ? 1 : 'any'),
          onChange: (text) => set(text === '' ? undefined : text),
        });
    }
  }

  /** The element's HTML attributes from the block's attributes (booleans present or absent). */
  function htmlAttributes(widget, attributes) {
    const html = {};
    for (const attribute of widget.attributes) {
      const value = attributes[attribute.field];
      if (value === undefined || value === null || value === '' || value === false) continue;
      html[attribute.name] = value === true ? '' : String(value);
    }
    return html;
  }

  for (const widget of config.widgets) {
    wp.blocks.registerBlockType(widget.block, {
      title: titles[widget.tag] || widget.tag,
      edit: function Edit(props) {
        const html = htmlAttributes(widget, props.attributes);
        const set = (field) => (value) => props.setAttributes({ [field]: value });
        return el(
          wp.element.Fragment,
          null,
          el(
            InspectorControls,
            null,
            el(
              PanelBody,
              { title: __('Widget settings', domain), initialOpen: true },
              widget.attributes.map((attribute) =>
                control(attribute, props.attributes[attribute.field], set(attribute.field)),
              ),
            ),
          ),
          // The live widget; remounted when a setting changes, so presets apply as on the published page.
          el('div', useBlockProps(), el(widget.tag, { key: JSON.stringify(html), ...html })),
        );
      },
      save: () => null,
    });
  }
})(window.wp, window.magnesiumWidgets);
