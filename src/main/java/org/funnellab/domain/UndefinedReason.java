package org.funnellab.domain;

/**
 * Why a metric has no value. The UI shows a translated text for each constant (key {@code reason.NAME});
 * {@link #english()} is the text for logs and the command line.
 */
public enum UndefinedReason {
    NO_LEADS("no leads in the selection"),
    NO_CLASSIFIED_LEADS("no lead is marked target or non-target"),
    NO_WON_LEADS("no lead was won"),
    NO_CLOSED_OPPORTUNITIES("no opportunity was won or lost"),
    NO_DEAL_VALUES("no won lead has a deal value"),
    NO_CLOSED_DATES("no won lead has both a created and a closed date"),
    NO_COSTS("no costs in the selection"),
    ZERO_SALES_CYCLE("the sales cycle is zero days"),
    ZERO_CAC("customer acquisition cost is zero"),
    ZERO_CHURN("monthly churn is zero, so customers never leave"),
    ZERO_MARGIN_REVENUE("monthly gross profit per customer is zero"),
    ZERO_CAPACITY("the sales team has no working hours"),
    ZERO_PREVIOUS_STAGE("the previous stage has no leads"),
    ZERO_FIRST_STAGE("the first stage has no leads"),
    ZERO_SPEND("the channel has no spend"),
    ZERO_CPL("cost per lead is zero"),
    NO_TARGET_LEADS("no lead is marked target"),
    NO_CUSTOMERS("no customer is acquired"),
    ZERO_VELOCITY("the pipeline brings no revenue"),
    COSTS_NOT_BY_OWNER("costs are not booked to owners, so no cost figure applies under an owner filter"),
    NO_CAC_CATEGORIES("no cost category is counted in CAC (workspace setting)"),
    ZERO_BASELINE("the baseline is zero, so a change in percent has no meaning"),
    NO_SPEND_MONTHS("no month has both spend and leads for this channel"),
    SAME_LEADS_EVERY_MONTH("every month has the same number of leads, so there is no variation to explain"),
    NO_MARGINAL_RESPONSE("one more unit of spend brings no more customers here");

    private final String english;

    UndefinedReason(String english) {
        this.english = english;
    }

    public String english() {
        return english;
    }
}
