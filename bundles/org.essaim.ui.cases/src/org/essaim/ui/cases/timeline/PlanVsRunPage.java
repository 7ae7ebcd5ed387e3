/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.ui.cases.timeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.essaim.model.CaseProblem;
import org.essaim.model.casestudy.CaseStudy;
import org.essaim.ui.cases.editor.CaseEditor;
import org.essaim.ui.cases.editor.CasePage;

/**
 * « Prévu / réalisé »: the phases of the protocol the case follows beside the phases it ran, as a
 * timeline and as a table of differences. The protocol is found and parsed off the UI thread.
 */
public final class PlanVsRunPage extends CasePage {

	public static final String ID = "org.essaim.ui.cases.planVsRun";

	private TimelineCanvas canvas;
	private TableViewer table;
	private String loadedName;
	private List<PlanVsRun.Planned> plannedPhases = List.of();
	private boolean protocolFound;
	private PlanVsRun shown;

	public PlanVsRunPage(CaseEditor editor) {
		super(editor, ID, Messages.page_planVsRun);
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		toolkit.decorateFormHeading(form.getForm());
		form.setText(Messages.planVsRun_title);
		Composite body = form.getBody();
		GridLayoutFactory.swtDefaults().applyTo(body);

		Section timelineSection = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
		timelineSection.setText(Messages.planVsRun_timeline);
		timelineSection.setDescription(Messages.planVsRun_timelineHelp);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(timelineSection);
		canvas = new TimelineCanvas(timelineSection);
		toolkit.adapt(canvas);
		timelineSection.setClient(canvas);

		Section tableSection = toolkit.createSection(body, Section.TITLE_BAR);
		tableSection.setText(Messages.planVsRun_table);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tableSection);
		Table swtTable = toolkit.createTable(tableSection, SWT.FULL_SELECTION | SWT.BORDER);
		swtTable.setHeaderVisible(true);
		swtTable.setLinesVisible(true);
		tableSection.setClient(swtTable);
		table = new TableViewer(swtTable);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.column_planned, 260, row -> ((PlanVsRun.Row) row).planned());
		column(Messages.column_plannedDuration, 110, row -> duration(((PlanVsRun.Row) row).plannedMonths()));
		column(Messages.column_run, 260, row -> ((PlanVsRun.Row) row).run());
		column(Messages.column_runDates, 150, row -> ((PlanVsRun.Row) row).runDates());
		column(Messages.column_status, 160, row -> status(((PlanVsRun.Row) row).status()));
		built();
	}

	private void column(String title, int width, java.util.function.Function<Object, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
	}

	private static String duration(double months) {
		if (months <= 0) {
			return "";
		}
		return months < 1 ? Messages.bind(Messages.duration_weeks, Math.round(months * 30.4 / 7 * 10) / 10.0)
				: Messages.bind(Messages.duration_months, String.format(Locale.FRENCH, "%.1f", months).replace(",0", ""));
	}

	private static String status(PlanVsRun.Status status) {
		return switch (status) {
			case RUN -> Messages.status_run;
			case NOT_RUN -> Messages.status_notRun;
			case ADDED -> Messages.status_added;
		};
	}

	@Override
	public void refresh() {
		if (!isBuilt()) {
			return;
		}
		CaseStudy caseStudy = model().caseStudy();
		if (!Objects.equals(loadedName, caseStudy.getProtocol())) {
			loadProtocol(caseStudy.getProtocol());
		}
		shown = PlanVsRun.of(plannedPhases, runPhases(caseStudy), caseStudy.getPeriodStart());
		String lane = caseStudy.getProtocol() == null || caseStudy.getProtocol().isBlank() ? Messages.timeline_noProtocol
				: protocolFound ? Messages.bind(Messages.timeline_plannedLane, caseStudy.getProtocol())
						: Messages.bind(Messages.timeline_protocolMissing, caseStudy.getProtocol());
		canvas.show(shown, lane);
		table.setInput(shown.rows().toArray());
		getManagedForm().getForm().reflow(true);
	}

	private static List<PlanVsRun.Run> runPhases(CaseStudy caseStudy) {
		return caseStudy.getPhases().stream()
				.map(p -> new PlanVsRun.Run(p.getName(), p.getTitle(), p.getPlannedPhase(), p.getStart(), p.getEnd())).toList();
	}

	private void loadProtocol(String name) {
		loadedName = name;
		plannedPhases = List.of();
		protocolFound = false;
		if (name == null || name.isBlank()) {
			return;
		}
		Path folder = workspaceFolder();
		Job job = Job.create(Messages.bind(Messages.job_loadProtocol, name), monitor -> {
			var protocol = ProtocolLookup.find(folder, name);
			List<PlanVsRun.Planned> phases = protocol.map(ProtocolLookup::plannedPhases).orElse(List.of());
			canvas.getDisplay().asyncExec(() -> {
				if (!canvas.isDisposed() && name.equals(loadedName)) {
					plannedPhases = phases;
					protocolFound = protocol.isPresent();
					refresh();
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** The folder whose protocols may be the case's: its project, or the folder above the case's folder. */
	private Path workspaceFolder() {
		IFile file = getEditor().getEditorInput().getAdapter(IFile.class);
		if (file != null && file.getProject().getLocation() != null) {
			return file.getProject().getLocation().toPath();
		}
		Path parent = getEditor().file().getParent();
		return parent.getParent() != null ? parent.getParent() : parent;
	}

	/** The comparison shown (tests). */
	public PlanVsRun shown() {
		return shown;
	}

	/** Whether the protocol the case names was found and read (tests). */
	public boolean protocolFound() {
		return protocolFound;
	}

	@Override
	public void commit() {
		// Nothing is edited here.
	}

	@Override
	protected void decorate(List<CaseProblem> found) {
		// The phases' own findings are on the Phases page.
	}
}
