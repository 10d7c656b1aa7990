/**
 * Turns CRM exports and cost sheets into canonical records without writing anywhere.
 *
 * <p>The path of a lead file: {@link org.funnellab.importer.read.FormatDetector} guesses how to read it (overridable
 * {@link org.funnellab.importer.read.ReadSettings}); {@link org.funnellab.importer.read.FilePreview} shows the header, junk
 * lines and first rows; {@link org.funnellab.importer.preset.Presets#bestMatch} picks a preset whose
 * {@link org.funnellab.importer.preset.Preset#defaultMapping} the user edits and may save
 * ({@link org.funnellab.importer.mapping.MappingJson}); {@link org.funnellab.importer.ColumnValues} lists the values to map;
 * {@link org.funnellab.importer.LeadImport} streams the rows into a {@link org.funnellab.importer.LeadSink} (the store,
 * in one transaction) and returns an {@link org.funnellab.importer.ImportReport} that accounts for every row.
 * Cost sheets and aggregated funnels go through {@link org.funnellab.importer.cost.CostImport} and
 * {@link org.funnellab.importer.cost.FunnelAggregateImport} without a mapping file.
 */
package org.funnellab.importer;
