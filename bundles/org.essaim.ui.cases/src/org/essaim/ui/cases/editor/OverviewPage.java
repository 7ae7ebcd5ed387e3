/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.editor;

import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.essaim.model.CaseProblem;
import org.essaim.model.casestudy.CasestudyFactory;
import org.essaim.model.casestudy.CasestudyPackage.Literals;
import org.essaim.model.casestudy.Territory;

/** The first page: what the case is, when and where it happened, who wrote it and how complete it is. */
public final class OverviewPage extends CasePage {

	public static final String ID = "org.essaim.ui.cases.overview";

	private FieldGroup caseFields;
	private FieldGroup territoryFields;
	private Hyperlink addTerritory;

	OverviewPage(CaseEditor editor) {
		super(editor, ID, Messages.page_overview);
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).spacing(12, 12).applyTo(body);
		caseFields = new FieldGroup(model(), toolkit);
		territoryFields = new FieldGroup(model(), toolkit);

		Composite identity = section(toolkit, body, Messages.section_identity, Messages.section_identityHelp);
		add(identity, Literals.CASE_STUDY__ID, Literals.CASE_STUDY__TITLE, Literals.CASE_STUDY__SUMMARY,
				Literals.CASE_STUDY__STATUS, Literals.CASE_STUDY__COMPLETENESS, Literals.CASE_STUDY__PROCESS_STATUS);

		Composite period = section(toolkit, body, Messages.section_period, Messages.section_periodHelp);
		add(period, Literals.CASE_STUDY__PERIOD_START, Literals.CASE_STUDY__PERIOD_END, Literals.CASE_STUDY__ONGOING,
				Literals.CASE_STUDY__PERIOD_TEXT);
		org.eclipse.swt.widgets.Label territoryHeading = toolkit.createLabel(period, Messages.overview_territory);
		territoryHeading.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridDataFactory.swtDefaults().span(2, 1).indent(0, 8).applyTo(territoryHeading);
		for (EStructuralFeature feature : List.of(Literals.TERRITORY__NAME, Literals.TERRITORY__KIND,
				Literals.TERRITORY__REGION, Literals.TERRITORY__POPULATION)) {
			territoryFields.add(period, feature);
		}
		addTerritory = toolkit.createHyperlink(period, Messages.overview_addTerritory, SWT.NONE);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(addTerritory);
		addTerritory.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				Territory territory = CasestudyFactory.eINSTANCE.createTerritory();
				model().add(model().caseStudy(), Literals.CASE_STUDY__TERRITORIES, territory);
			}
		});

		Composite authors = section(toolkit, body, Messages.section_authors, Messages.section_authorsHelp);
		add(authors, Literals.CASE_STUDY__AUTHORS, Literals.CASE_STUDY__CREATED, Literals.CASE_STUDY__UPDATED,
				Literals.CASE_STUDY__REVIEWED_BY, Literals.CASE_STUDY__REVIEWED_AT, Literals.CASE_STUDY__LANGUAGE,
				Literals.CASE_STUDY__LICENCE);

		Composite protocol = section(toolkit, body, Messages.section_narrative, Messages.section_narrativeHelp);
		add(protocol, Literals.CASE_STUDY__PROTOCOL, Literals.CASE_STUDY__PROTOCOL_VERSION, Literals.CASE_STUDY__BODY);

		caseFields.setOwner(model().caseStudy());
		built();
	}

	private void add(Composite parent, EStructuralFeature... features) {
		for (EStructuralFeature feature : features) {
			caseFields.add(parent, feature);
		}
	}

	private static Composite section(FormToolkit toolkit, Composite body, String title, String description) {
		Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(client);
		section.setClient(client);
		return client;
	}

	@Override
	public void refresh() {
		if (!isBuilt()) {
			return;
		}
		String heading = nonBlank(model().caseStudy().getTitle());
		if (!heading.equals(getManagedForm().getForm().getText())) {
			getManagedForm().getForm().setText(heading); // lays the form out again: only when the title changed
		}
		caseFields.refresh();
		List<Territory> territories = model().caseStudy().getTerritories();
		Territory first = territories.isEmpty() ? null : territories.get(0);
		if (territoryFields.fields().get(0).owner() != first) {
			territoryFields.setOwner(first);
		} else {
			territoryFields.refresh();
		}
		addTerritory.setVisible(first == null);
	}

	private static String nonBlank(String title) {
		return title == null || title.isBlank() ? Messages.overview_untitled : title;
	}

	@Override
	public void commit() {
		if (isBuilt()) {
			caseFields.commit();
			territoryFields.commit();
		}
	}

	@Override
	protected void decorate(List<CaseProblem> found) {
		caseFields.showProblems(found);
		territoryFields.showProblems(found);
	}

	/** The fields of the case itself (tests, the editor's look-up of a field). */
	public FieldGroup caseFields() {
		return caseFields;
	}
}
