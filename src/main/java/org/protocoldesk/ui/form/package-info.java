/**
 * The form machinery every editing screen uses (ADR 0011).
 *
 * <ul>
 *   <li>A form's view model extends {@link org.protocoldesk.ui.form.FormViewModel}: it makes its fields through
 *       {@link org.protocoldesk.ui.form.FormViewModel#fields()} (text, date as text, flag, choice, ordered child
 *       list), adds checks to them ({@link org.protocoldesk.ui.form.Checks}), fills them in {@code fill} (the one
 *       place that does), builds the record in {@code build}, and stores it in {@code write}, which the writer
 *       thread runs. It holds no nodes.</li>
 *   <li>The view is laid out by a {@link org.protocoldesk.ui.form.FormBuilder}: label-and-control rows in
 *       sections, the error under its control; ordered lists of short texts use
 *       {@link org.protocoldesk.ui.form.TextListEditor}. The view binds and calls {@code save}/{@code cancel};
 *       it decides nothing.</li>
 *   <li>A test builds the view model over a real database with a current-thread task runner and scripted
 *       dialogs, sets fields, saves, runs the tasks and reads the errors and the database
 *       ({@code OrganisationFormTest}).</li>
 * </ul>
 */
package org.protocoldesk.ui.form;
