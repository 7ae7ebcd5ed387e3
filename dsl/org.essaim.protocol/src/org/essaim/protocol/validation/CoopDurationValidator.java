/*
 * Copyright (c) 2026 Essaim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.essaim.protocol.validation;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.essaim.protocol.analysis.DurationSpan;
import org.essaim.protocol.analysis.PhaseGraph;
import org.essaim.protocol.coop.CoopPackage;
import org.essaim.protocol.coop.Duration;
import org.essaim.protocol.coop.Method;
import org.essaim.protocol.coop.Protocol;
import org.essaim.protocol.coop.Range;
import org.essaim.protocol.coop.Residence;
import org.essaim.protocol.coop.Step;

import java.util.List;

/** Durations that cannot be: empty, reversed ranges, steps longer than their method, residences longer than their phase. */
public class CoopDurationValidator extends AbstractDeclarativeValidator {

	/** Issue code: a duration of zero, or a range whose bounds are reversed. */
	public static final String IMPOSSIBLE_DURATION = "duree_impossible";
	/** Issue code: immersion weeks that do not fit in the months they are spread over. */
	public static final String IMPOSSIBLE_IMMERSION = "immersion_impossible";
	/** Issue code: parts (steps, chained phases, a residence) that take longer than the whole they belong to. */
	public static final String OVERLONG_PARTS = "durees_incompatibles";
	/** Issue code: a range of people whose bounds are reversed. */
	public static final String REVERSED_RANGE = "intervalle_inverse";

	private static final double WEEKS_PER_MONTH = 365.25 / 12 / 7;

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(CoopPackage.eINSTANCE);
	}

	@Override
	public void register(org.eclipse.xtext.validation.EValidatorRegistrar registrar) {
		// Composed into CoopValidator, which is the registered one.
	}

	@Check
	public void checkDurationIsPossible(Duration duration) {
		if (duration.getValue() == 0) {
			error(CoopMessages.format("zeroDuration"), duration, CoopPackage.Literals.DURATION__VALUE, IMPOSSIBLE_DURATION);
		} else if (duration.getMin() > 0 && duration.getMin() >= duration.getValue()) {
			error(CoopMessages.format("reversedDuration", duration.getMin(), duration.getValue()), duration, CoopPackage.Literals.DURATION__MIN,
					IMPOSSIBLE_DURATION);
		}
	}

	@Check
	public void checkRangeIsOrdered(Range range) {
		if (range.getMin() > 0 && range.getMin() >= range.getValue()) {
			error(CoopMessages.format("reversedRange", range.getMin(), range.getValue()), range, CoopPackage.Literals.RANGE__MIN, REVERSED_RANGE);
		}
	}

	@Check
	public void checkImmersionFitsInMonths(Residence residence) {
		if (residence.getMonths() > 0 && residence.getWeeks() > Math.ceil(residence.getMonths() * WEEKS_PER_MONTH)) {
			error(CoopMessages.format("immersionTooLong", residence.getWeeks(), residence.getMonths()), residence,
					CoopPackage.Literals.RESIDENCE__WEEKS, IMPOSSIBLE_IMMERSION);
		} else if (residence.getWeeks() > 0 && residence.getMonths() == 0 || residence.getMonths() > 0 && residence.getWeeks() == 0) {
			error(CoopMessages.format("emptyImmersion"), residence, CoopPackage.Literals.RESIDENCE__WEEKS, IMPOSSIBLE_IMMERSION);
		}
	}

	@Check
	public void checkResidenceFitsInPhase(Residence residence) {
		if (residence.getDuring() == null || residence.getDuring().eIsProxy() || residence.getDuring().getDuration() == null
				|| residence.getMonths() == 0) {
			return;
		}
		double phaseDays = DurationSpan.of(residence.getDuring().getDuration()).maxDays();
		double residenceDays = residence.getMonths() * 365.25 / 12;
		if (residenceDays > phaseDays + 1) {
			warning(CoopMessages.format("residenceLongerThanPhase", residence.getName(), residence.getMonths(), residence.getDuring().getName(),
					DurationSpan.describe(phaseDays)), residence, CoopPackage.Literals.RESIDENCE__MONTHS, OVERLONG_PARTS);
		}
	}

	@Check
	public void checkStepsFitInMethod(Method method) {
		if (method.getDuration() == null || method.getSteps().stream().allMatch(step -> step.getDuration() == null)) {
			return;
		}
		DurationSpan steps = DurationSpan.NONE;
		for (Step step : method.getSteps()) {
			steps = steps.plus(DurationSpan.of(step.getDuration()));
		}
		double available = DurationSpan.of(method.getDuration()).maxDays();
		if (steps.minDays() > available * 1.0001) {
			warning(CoopMessages.format("stepsLongerThanMethod", DurationSpan.describe(steps.minDays()), DurationSpan.describe(available)),
					method, CoopPackage.Literals.METHOD__DURATION, OVERLONG_PARTS);
		}
	}

	@Check
	public void checkPhasesFitInProtocol(Protocol protocol) {
		if (protocol.getDuration() == null) {
			return;
		}
		double available = DurationSpan.of(protocol.getDuration()).maxDays();
		DurationSpan chain = PhaseGraph.criticalPath(protocol);
		if (chain.minDays() > available * 1.0001) {
			warning(CoopMessages.format("phasesLongerThanProtocol", DurationSpan.describe(chain.minDays()), DurationSpan.describe(available)),
					protocol, CoopPackage.Literals.PROTOCOL__DURATION, OVERLONG_PARTS);
		}
	}
}
