"""Writes the flex fixtures (fixtures/flex/). Each file checks one behaviour; families that vary one
property are generated from tables here, and the file name says what the case shows."""
from fixturekit import div, fixture

G = 'flex'
DIRS = {'row': 'row', 'row-reverse': 'row_reverse', 'column': 'column', 'column-reverse': 'column_reverse'}
ITEM3 = ['width: 50px; height: 30px;', 'width: 60px; height: 40px;', 'width: 40px; height: 20px;']


def box(w, h, extra=''):
    return div(f'width: {w}px; height: {h}px;{(" " + extra) if extra else ""}')


# --- justify-content, per direction -------------------------------------------------------------
JUSTIFY = {
    'flex-start': 'packs_items_at_main_start',
    'flex-end': 'packs_items_at_main_end',
    'center': 'centres_items_on_the_main_axis',
    'space-between': 'puts_free_space_between_items',
    'space-around': 'puts_half_spaces_at_the_ends',
    'space-evenly': 'spaces_items_evenly_including_ends',
}
for d, dn in DIRS.items():
    for j, what in JUSTIFY.items():
        jn = j.replace('-', '_')
        fixture(G, f'justify_content_{jn}_in_{dn}_{what}', div(
            f'display: flex; flex-direction: {d}; width: 300px; height: 200px;',
            *[div(s) for s in ITEM3]))
    for j in ['space-between', 'space-around', 'space-evenly', 'center']:
        jn = j.replace('-', '_')
        fixture(G, f'justify_content_{jn}_in_{dn}_with_overflowing_items_falls_back', div(
            f'display: flex; flex-direction: {d}; justify-content: {j}; width: 100px; height: 60px;',
            *[div('width: 80px; height: 50px; flex-shrink: 0;') for _ in range(2)]))
for j in ['space-between', 'space-around', 'space-evenly']:
    jn = j.replace('-', '_')
    fixture(G, f'justify_content_{jn}_with_a_single_item', div(
        f'display: flex; justify-content: {j}; width: 300px; height: 50px;', box(50, 50)))
    fixture(G, f'justify_content_{jn}_with_gap_adds_gap_between_items', div(
        f'display: flex; justify-content: {j}; column-gap: 10px; width: 300px; height: 50px;',
        box(50, 50), box(50, 50), box(50, 50)))

# --- align-items / align-self ---------------------------------------------------------------------
ALIGN = {
    'flex-start': 'puts_items_at_cross_start',
    'flex-end': 'puts_items_at_cross_end',
    'center': 'centres_items_on_the_cross_axis',
    'stretch': 'stretches_auto_sized_items',
    'baseline': 'aligns_item_baselines',
}
for d, dn in DIRS.items():
    row = d.startswith('row')
    cross = 'height' if row else 'width'
    main = 'width' if row else 'height'
    for a, what in ALIGN.items():
        an = a.replace('-', '_')
        fixture(G, f'align_items_{an}_in_{dn}_{what}', div(
            f'display: flex; flex-direction: {d}; align-items: {a}; width: 200px; height: 200px;',
            div(f'{main}: 40px; {cross}: 30px;'),
            div(f'{main}: 50px;'),
            div(f'{main}: 30px; {cross}: 60px; margin-top: 5px;')))
for a, what in ALIGN.items():
    an = a.replace('-', '_')
    fixture(G, f'align_self_{an}_overrides_align_items', div(
        'display: flex; align-items: flex-end; width: 200px; height: 100px;',
        box(40, 30), div(f'width: 40px; align-self: {a};'), box(40, 50)))
    fixture(G, f'align_self_{an}_in_a_wrapped_line_uses_the_line_cross_size', div(
        'display: flex; flex-wrap: wrap; align-content: flex-start; width: 100px; height: 200px;',
        box(60, 50), div(f'width: 60px; height: 20px; align-self: {a};'), box(30, 40)))
fixture(G, 'align_items_stretch_respects_max_height', div(
    'display: flex; width: 200px; height: 100px;', div('width: 50px; max-height: 60px;'), div('width: 50px;')))
fixture(G, 'align_items_stretch_respects_min_height_over_line', div(
    'display: flex; width: 200px; height: 40px;', div('width: 50px; min-height: 60px;'), div('width: 50px;')))
fixture(G, 'align_items_stretch_does_not_stretch_fixed_cross_size', div(
    'display: flex; width: 200px; height: 100px;', box(50, 30), div('width: 50px;')))
fixture(G, 'align_items_stretch_subtracts_cross_margins', div(
    'display: flex; width: 200px; height: 100px;', div('width: 50px; margin: 10px 0 15px 0;')))
fixture(G, 'align_items_center_with_oversized_item_overflows_both_sides', div(
    'display: flex; align-items: center; width: 200px; height: 50px;', box(50, 90)))
fixture(G, 'align_items_baseline_uses_nested_first_child_baseline', div(
    'display: flex; align-items: baseline; width: 300px; height: 150px;',
    div('width: 50px; height: 40px;'),
    div('display: flex; flex-direction: column; width: 60px;', box(60, 20), box(60, 30))))
fixture(G, 'align_items_baseline_with_margin_top_moves_the_line', div(
    'display: flex; align-items: baseline; width: 300px;',
    div('width: 50px; height: 40px; margin-top: 20px;'), box(50, 60)))
fixture(G, 'align_items_baseline_in_wrapped_lines_aligns_per_line', div(
    'display: flex; flex-wrap: wrap; align-items: baseline; width: 120px;',
    box(50, 40), box(50, 20), box(50, 30), box(50, 50)))
fixture(G, 'align_items_baseline_in_column_behaves_as_flex_start', div(
    'display: flex; flex-direction: column; align-items: baseline; width: 200px; height: 200px;',
    box(50, 40), box(80, 20)))

# --- align-content -------------------------------------------------------------------------------
AC = ['flex-start', 'flex-end', 'center', 'space-between', 'space-around', 'space-evenly', 'stretch']
for wrapmode, wn in [('wrap', 'wrap'), ('wrap-reverse', 'wrap_reverse')]:
    for d in ['row', 'column']:
        for a in AC:
            an = a.replace('-', '_')
            size = 'width: 120px; height: 200px;' if d == 'row' else 'width: 200px; height: 120px;'
            items = [div('width: 50px; height: 30px;') if d == 'row' else div('width: 30px; height: 50px;') for _ in range(5)]
            fixture(G, f'align_content_{an}_with_{wn}_{d}_positions_lines', div(
                f'display: flex; flex-direction: {d}; flex-wrap: {wrapmode}; align-content: {a}; {size}', *items))
for a in ['flex-start', 'center', 'stretch', 'space-between']:
    an = a.replace('-', '_')
    fixture(G, f'align_content_{an}_has_no_effect_on_single_line_nowrap', div(
        f'display: flex; align-content: {a}; width: 200px; height: 100px;', div('width: 50px;'), box(50, 30)))
    fixture(G, f'align_content_{an}_with_row_gap_between_lines', div(
        f'display: flex; flex-wrap: wrap; align-content: {a}; row-gap: 10px; width: 100px; height: 200px;',
        *[box(40, 30) for _ in range(5)]))
fixture(G, 'align_content_stretch_grows_auto_height_items_in_lines', div(
    'display: flex; flex-wrap: wrap; width: 100px; height: 200px;', div('width: 60px;'), div('width: 60px;'), box(60, 20)))
fixture(G, 'align_content_stretch_with_min_height_container', div(
    'display: flex; flex-wrap: wrap; width: 100px; min-height: 150px;', div('width: 60px;'), box(60, 30)))
fixture(G, 'align_content_center_with_overflowing_lines_overflows_both_sides', div(
    'display: flex; flex-wrap: wrap; align-content: center; width: 100px; height: 50px;', *[box(60, 40) for _ in range(3)]))

# --- flex-grow -----------------------------------------------------------------------------------
for d, dn in DIRS.items():
    row = d.startswith('row')
    cross = 'height: 20px;' if row else 'width: 20px;'
    fixture(G, f'flex_grow_in_{dn}_shares_free_space_by_ratio', div(
        f'display: flex; flex-direction: {d}; width: 300px; height: 300px;',
        div(f'flex-grow: 1; {cross}'), div(f'flex-grow: 2; {cross}'), div(f'flex-grow: 3; {cross}')))
    fixture(G, f'flex_grow_in_{dn}_adds_to_flex_basis', div(
        f'display: flex; flex-direction: {d}; width: 300px; height: 300px;',
        div(f'flex: 1 1 50px; {cross}'), div(f'flex: 1 1 100px; {cross}')))
for g1, g2 in [(1, 1), (1, 3), (0.5, 0.5), (0.2, 0.3), (2, 0)]:
    n = f'{g1}_and_{g2}'.replace('.', 'p')
    fixture(G, f'flex_grow_{n}_share_free_space', div(
        'display: flex; width: 200px; height: 50px;',
        div(f'flex-grow: {g1}; width: 20px;'), div(f'flex-grow: {g2}; width: 20px;')))
fixture(G, 'flex_grow_sum_below_one_leaves_free_space', div(
    'display: flex; width: 200px; height: 50px;', div('flex-grow: 0.25;'), div('flex-grow: 0.25;')))
fixture(G, 'flex_grow_clamped_by_max_width_gives_rest_to_others', div(
    'display: flex; width: 300px; height: 50px;', div('flex-grow: 1; max-width: 50px;'), div('flex-grow: 1;')))
fixture(G, 'flex_grow_clamped_by_max_height_in_column', div(
    'display: flex; flex-direction: column; width: 50px; height: 300px;', div('flex-grow: 1; max-height: 50px;'), div('flex-grow: 1;')))
fixture(G, 'flex_grow_with_min_width_larger_than_share', div(
    'display: flex; width: 200px; height: 50px;', div('flex-grow: 1; min-width: 150px;'), div('flex-grow: 1;')))
fixture(G, 'flex_grow_with_zero_basis_ignores_content', div(
    'display: flex; width: 300px; height: 50px;', div('flex: 1 1 0px;', box(100, 10)), div('flex: 1 1 0px;')))
fixture(G, 'flex_grow_with_auto_basis_keeps_content_size', div(
    'display: flex; width: 300px; height: 50px;', div('flex: 1 1 auto;', box(100, 10)), div('flex: 1 1 auto;')))
fixture(G, 'flex_grow_with_margins_uses_outer_sizes', div(
    'display: flex; width: 300px; height: 50px;', div('flex-grow: 1; margin: 0 10px;'), div('flex-grow: 1; margin-left: 30px;')))
fixture(G, 'flex_grow_with_gap_shares_space_left_after_gaps', div(
    'display: flex; column-gap: 20px; width: 300px; height: 50px;', div('flex-grow: 1;'), div('flex-grow: 1;'), div('flex-grow: 1;')))
fixture(G, 'flex_grow_with_padding_on_item_uses_border_box', div(
    'display: flex; width: 300px; height: 50px;', div('flex-grow: 1; padding: 0 20px;'), div('flex-grow: 1;')))
fixture(G, 'flex_grow_with_container_padding_uses_content_box', div(
    'display: flex; width: 300px; height: 50px; padding: 10px 30px;', div('flex-grow: 1;'), div('flex-grow: 1;')))
fixture(G, 'flex_grow_in_indefinite_width_inline_container_does_nothing', div(
    'display: flex; position: absolute; height: 50px;', div('flex-grow: 1; width: 40px;'), div('flex-grow: 1; width: 60px;')))
fixture(G, 'flex_grow_with_definite_min_width_container', div(
    'display: flex; position: absolute; min-width: 200px; height: 50px;', div('flex-grow: 1; width: 40px;'), div('flex-grow: 1; width: 60px;')))
fixture(G, 'flex_grow_respects_min_and_max_together', div(
    'display: flex; width: 400px; height: 50px;',
    div('flex-grow: 1; min-width: 100px; max-width: 120px;'), div('flex-grow: 2; max-width: 150px;'), div('flex-grow: 1;')))
fixture(G, 'flex_grow_fractional_shares_are_not_rounded', div(
    'display: flex; width: 100px; height: 50px;', div('flex-grow: 1;'), div('flex-grow: 1;'), div('flex-grow: 1;')))

# --- flex-shrink ---------------------------------------------------------------------------------
for d, dn in DIRS.items():
    row = d.startswith('row')
    main = 'width' if row else 'height'
    cross = 'height: 20px;' if row else 'width: 20px;'
    fixture(G, f'flex_shrink_in_{dn}_scales_by_basis_and_factor', div(
        f'display: flex; flex-direction: {d}; width: 200px; height: 200px;',
        div(f'{main}: 150px; flex-shrink: 1; {cross}'), div(f'{main}: 150px; flex-shrink: 3; {cross}')))
    fixture(G, f'flex_shrink_in_{dn}_stops_at_min_content_of_auto_min_size', div(
        f'display: flex; flex-direction: {d}; width: 100px; height: 100px;',
        div(f'{main}: 150px; {cross}', div(f'{main}: 80px; {cross}')), div(f'{main}: 150px; {cross}')))
fixture(G, 'flex_shrink_zero_keeps_basis_and_overflows', div(
    'display: flex; width: 100px; height: 50px;', div('width: 80px; flex-shrink: 0;'), div('width: 80px; flex-shrink: 0;')))
fixture(G, 'flex_shrink_zero_item_makes_others_shrink_more', div(
    'display: flex; width: 200px; height: 50px;', div('width: 120px; flex-shrink: 0;'), div('width: 120px;'), div('width: 60px;')))
fixture(G, 'flex_shrink_by_larger_basis_shrinks_more', div(
    'display: flex; width: 200px; height: 50px;', div('width: 200px;'), div('width: 100px;')))
fixture(G, 'flex_shrink_clamped_by_min_width_refreezes', div(
    'display: flex; width: 200px; height: 50px;', div('width: 200px; min-width: 150px;'), div('width: 200px;')))
fixture(G, 'flex_shrink_with_min_width_zero_ignores_content', div(
    'display: flex; width: 100px; height: 50px;', div('width: 150px; min-width: 0;', box(120, 10)), div('width: 150px;')))
fixture(G, 'flex_shrink_overflow_hidden_item_can_shrink_below_content', div(
    'display: flex; width: 100px; height: 50px;', div('width: 150px; overflow: hidden;', box(120, 10)), div('width: 150px;')))
fixture(G, 'flex_shrink_stops_at_padding_and_border', div(
    'display: flex; width: 50px; height: 50px;', div('width: 100px; padding: 0 30px; box-sizing: border-box;'), div('width: 100px;')))
fixture(G, 'flex_shrink_fractional_sum_below_one_shrinks_partially', div(
    'display: flex; width: 100px; height: 50px;', div('width: 100px; flex-shrink: 0.25;'), div('width: 100px; flex-shrink: 0.25;')))
fixture(G, 'flex_shrink_with_gap_accounts_for_gaps', div(
    'display: flex; column-gap: 30px; width: 200px; height: 50px;', div('width: 100px;'), div('width: 100px;')))
fixture(G, 'flex_shrink_with_margins_keeps_margins', div(
    'display: flex; width: 200px; height: 50px;', div('width: 150px; margin-right: 20px;'), div('width: 150px;')))
fixture(G, 'flex_shrink_content_box_padding_is_not_scaled', div(
    'display: flex; width: 200px; height: 50px;', div('width: 100px; padding: 0 20px;'), div('width: 100px;')))
fixture(G, 'flex_shrink_with_max_width_on_container', div(
    'display: flex; max-width: 150px; height: 50px;', div('width: 100px;'), div('width: 100px;')))

# --- flex-basis ----------------------------------------------------------------------------------
for d, dn in DIRS.items():
    row = d.startswith('row')
    main = 'width' if row else 'height'
    cross = 'height: 20px;' if row else 'width: 20px;'
    fixture(G, f'flex_basis_in_{dn}_overrides_main_size', div(
        f'display: flex; flex-direction: {d}; width: 300px; height: 300px;',
        div(f'flex-basis: 100px; {main}: 50px; {cross}'), div(f'{main}: 50px; {cross}')))
    fixture(G, f'flex_basis_percent_in_{dn}_resolves_against_container', div(
        f'display: flex; flex-direction: {d}; width: 300px; height: 200px;',
        div(f'flex-basis: 25%; {cross}'), div(f'flex-basis: 50%; {cross}')))
fixture(G, 'flex_basis_zero_with_flex_grow_splits_evenly', div(
    'display: flex; width: 300px; height: 50px;', div('flex: 1;', box(80, 10)), div('flex: 1;')))
fixture(G, 'flex_basis_auto_uses_width', div(
    'display: flex; width: 300px; height: 50px;', div('flex-basis: auto; width: 70px;'), div('width: 30px;')))
fixture(G, 'flex_basis_auto_without_width_uses_content', div(
    'display: flex; width: 300px; height: 50px;', div('flex-basis: auto;', box(70, 20), box(40, 20))))
fixture(G, 'flex_basis_percent_of_indefinite_container_behaves_as_content', div(
    'display: flex; flex-direction: column; width: 100px;', div('flex-basis: 50%;', box(20, 40)), box(20, 30)))
fixture(G, 'flex_basis_is_clamped_by_min_width', div(
    'display: flex; width: 300px; height: 50px;', div('flex-basis: 20px; min-width: 60px;'), div('flex-basis: 20px;')))
fixture(G, 'flex_basis_is_clamped_by_max_width', div(
    'display: flex; width: 300px; height: 50px;', div('flex-basis: 200px; max-width: 60px;'), div('flex-basis: 20px;')))
fixture(G, 'flex_basis_content_box_adds_padding', div(
    'display: flex; width: 300px; height: 50px;', div('flex-basis: 50px; padding: 0 10px;'), div('flex-basis: 50px;')))
fixture(G, 'flex_basis_border_box_includes_padding', div(
    'display: flex; width: 300px; height: 50px;', div('flex-basis: 50px; padding: 0 10px; box-sizing: border-box;'), div('flex-basis: 50px;')))
fixture(G, 'flex_basis_smaller_than_padding_floors_at_padding', div(
    'display: flex; width: 300px; height: 50px;', div('flex-basis: 5px; padding: 0 10px; box-sizing: border-box;'), div('flex-basis: 50px;')))
fixture(G, 'flex_shorthand_none_is_inflexible', div(
    'display: flex; width: 100px; height: 50px;', div('flex: none; width: 80px;'), div('flex: none; width: 80px;')))
fixture(G, 'flex_shorthand_auto_grows_from_width', div(
    'display: flex; width: 300px; height: 50px;', div('flex: auto; width: 80px;'), div('flex: auto; width: 20px;')))
fixture(G, 'flex_shorthand_single_number_sets_zero_basis', div(
    'display: flex; width: 300px; height: 50px;', div('flex: 2; width: 80px;'), div('flex: 1; width: 20px;')))
fixture(G, 'flex_shorthand_two_numbers_sets_grow_and_shrink', div(
    'display: flex; width: 100px; height: 50px;', div('flex: 1 3; width: 80px;'), div('flex: 1 1; width: 80px;')))

# --- wrap ----------------------------------------------------------------------------------------
for d, dn in DIRS.items():
    row = d.startswith('row')
    size = 'width: 130px; height: 200px;' if row else 'width: 200px; height: 130px;'
    item = 'width: 50px; height: 40px;' if row else 'width: 40px; height: 50px;'
    fixture(G, f'flex_wrap_in_{dn}_breaks_lines_when_full', div(
        f'display: flex; flex-direction: {d}; flex-wrap: wrap; align-content: flex-start; {size}', *[div(item) for _ in range(5)]))
    fixture(G, f'flex_wrap_reverse_in_{dn}_stacks_lines_from_cross_end', div(
        f'display: flex; flex-direction: {d}; flex-wrap: wrap-reverse; align-content: flex-start; {size}', *[div(item) for _ in range(5)]))
    fixture(G, f'flex_nowrap_in_{dn}_shrinks_items_into_one_line', div(
        f'display: flex; flex-direction: {d}; {size}', *[div(item) for _ in range(5)]))
fixture(G, 'flex_wrap_puts_an_oversized_item_alone_on_its_line', div(
    'display: flex; flex-wrap: wrap; width: 100px;', box(40, 20), box(150, 20), box(40, 20)))
fixture(G, 'flex_wrap_line_height_is_tallest_item', div(
    'display: flex; flex-wrap: wrap; width: 100px;', box(40, 20), box(40, 50), box(40, 30), box(40, 10)))
fixture(G, 'flex_wrap_auto_height_container_sums_lines', div(
    'display: flex; flex-wrap: wrap; width: 100px;', *[box(30, 25) for _ in range(7)]))
fixture(G, 'flex_wrap_grow_fills_each_line_separately', div(
    'display: flex; flex-wrap: wrap; width: 100px;', div('width: 40px; height: 20px; flex-grow: 1;'), div('width: 40px; height: 20px; flex-grow: 1;'), div('width: 40px; height: 20px; flex-grow: 1;')))
fixture(G, 'flex_wrap_uses_hypothetical_size_clamped_by_min_width', div(
    'display: flex; flex-wrap: wrap; width: 100px;', box(40, 20), div('width: 10px; min-width: 70px; height: 20px;')))
fixture(G, 'flex_wrap_uses_outer_size_including_margins', div(
    'display: flex; flex-wrap: wrap; width: 100px;', box(40, 20, 'margin-right: 20px;'), box(40, 20)))
fixture(G, 'flex_wrap_with_column_gap_wraps_earlier', div(
    'display: flex; flex-wrap: wrap; column-gap: 10px; width: 100px;', box(30, 20), box(30, 20), box(30, 20)))
fixture(G, 'flex_wrap_with_row_gap_separates_lines', div(
    'display: flex; flex-wrap: wrap; row-gap: 15px; width: 100px;', *[box(40, 20) for _ in range(5)]))
fixture(G, 'flex_wrap_with_justify_content_center_per_line', div(
    'display: flex; flex-wrap: wrap; justify-content: center; width: 100px;', *[box(40, 20) for _ in range(3)]))
fixture(G, 'flex_wrap_column_with_auto_height_stays_one_line', div(
    'display: flex; flex-direction: column; flex-wrap: wrap; width: 100px;', *[box(40, 30) for _ in range(4)]))
fixture(G, 'flex_wrap_column_with_max_height_wraps', div(
    'display: flex; flex-direction: column; flex-wrap: wrap; width: 200px; height: 100px;', *[box(40, 30) for _ in range(5)]))
fixture(G, 'flex_wrap_in_auto_width_container_fills_available_width', div(
    'display: flex; flex-wrap: wrap;', *[box(100, 30) for _ in range(5)]))
fixture(G, 'flex_wrap_items_with_percent_width_wrap_by_percent', div(
    'display: flex; flex-wrap: wrap; width: 200px;', *[div('width: 40%; height: 20px;') for _ in range(5)]))

# --- order ---------------------------------------------------------------------------------------
fixture(G, 'order_places_lower_values_first', div(
    'display: flex; width: 300px; height: 50px;', box(10, 10, 'order: 2;'), box(20, 20, 'order: 1;'), box(30, 30, 'order: 3;')))
fixture(G, 'order_equal_values_keep_document_order', div(
    'display: flex; width: 300px; height: 50px;', box(10, 10, 'order: 1;'), box(20, 20), box(30, 30, 'order: 1;'), box(40, 40)))
fixture(G, 'order_negative_values_come_before_zero', div(
    'display: flex; width: 300px; height: 50px;', box(10, 10), box(20, 20, 'order: -1;'), box(30, 30)))
fixture(G, 'order_in_column_reverse', div(
    'display: flex; flex-direction: column-reverse; width: 50px; height: 300px;', box(10, 10, 'order: 2;'), box(20, 20), box(30, 30, 'order: 1;')))
fixture(G, 'order_affects_wrapping', div(
    'display: flex; flex-wrap: wrap; width: 100px;', box(60, 20), box(60, 20, 'order: 2;'), box(30, 20, 'order: 1;')))
fixture(G, 'order_in_row_reverse', div(
    'display: flex; flex-direction: row-reverse; width: 300px; height: 50px;', box(10, 10, 'order: 1;'), box(20, 20), box(30, 30)))

# --- gap -----------------------------------------------------------------------------------------
for d, dn in DIRS.items():
    fixture(G, f'gap_in_{dn}_separates_items', div(
        f'display: flex; flex-direction: {d}; gap: 12px; width: 200px; height: 200px;', box(30, 30), box(30, 30), box(30, 30)))
fixture(G, 'gap_percent_column_gap_resolves_against_width', div(
    'display: flex; column-gap: 10%; width: 200px; height: 50px;', box(30, 30), box(30, 30)))
fixture(G, 'gap_percent_row_gap_resolves_against_height', div(
    'display: flex; flex-wrap: wrap; row-gap: 10%; width: 50px; height: 200px; align-content: flex-start;', box(30, 30), box(30, 30)))
fixture(G, 'gap_shorthand_sets_row_and_column', div(
    'display: flex; flex-wrap: wrap; gap: 5px 15px; width: 100px;', *[box(30, 20) for _ in range(5)]))
fixture(G, 'gap_is_not_added_before_first_or_after_last', div(
    'display: flex; column-gap: 50px; width: 200px; height: 50px; justify-content: flex-end;', box(30, 30), box(30, 30)))
fixture(G, 'gap_contributes_to_intrinsic_width', div(
    'display: flex; column-gap: 20px; position: absolute;', box(30, 30), box(30, 30), box(30, 30)))
fixture(G, 'gap_contributes_to_intrinsic_height_in_column', div(
    'display: flex; flex-direction: column; row-gap: 20px; width: 50px;', box(30, 30), box(30, 30)))
fixture(G, 'gap_with_single_item_has_no_effect', div(
    'display: flex; gap: 20px; width: 100px; height: 50px;', box(30, 30)))
fixture(G, 'gap_with_hidden_item_is_not_doubled', div(
    'display: flex; column-gap: 20px; width: 200px; height: 50px;', box(30, 30), box(30, 30, 'display: none;'), box(30, 30)))

# --- min / max sizes -----------------------------------------------------------------------------
for prop, val in [('min-width', '120px'), ('max-width', '80px'), ('min-height', '120px'), ('max-height', '30px')]:
    pn = prop.replace('-', '_')
    fixture(G, f'{pn}_on_container_clamps_its_size', div(
        f'display: flex; width: 100px; height: 50px; {prop}: {val};', box(30, 30), div('flex-grow: 1;')))
    fixture(G, f'{pn}_on_auto_sized_container_clamps_content_size', div(
        f'display: flex; position: absolute; {prop}: {val};', box(60, 40), box(30, 60)))
    fixture(G, f'{pn}_on_item_clamps_it', div(
        f'display: flex; width: 200px; height: 100px;', div(f'width: 100px; height: 50px; {prop}: {val};'), box(30, 30)))
    fixture(G, f'{pn}_percent_on_item_resolves_against_container', div(
        f'display: flex; width: 200px; height: 100px;', div(f'width: 100px; height: 50px; {prop}: {val.replace("px", "%")};'), box(30, 30)))
fixture(G, 'min_width_wins_over_max_width', div(
    'display: flex; width: 200px; height: 50px;', div('width: 50px; min-width: 100px; max-width: 80px;')))
fixture(G, 'min_height_wins_over_max_height_on_container', div(
    'display: flex; width: 200px; min-height: 100px; max-height: 80px;', box(50, 20)))
fixture(G, 'max_width_none_does_not_clamp', div(
    'display: flex; width: 200px; height: 50px;', div('width: 150px; max-width: none; flex-shrink: 0;')))
fixture(G, 'min_width_auto_of_item_is_content_size', div(
    'display: flex; width: 50px; height: 50px;', div('width: 20px;', box(80, 10))))
fixture(G, 'min_width_auto_of_item_uses_specified_size_if_smaller', div(
    'display: flex; width: 50px; height: 50px;', div('width: 60px;', box(80, 10)), box(30, 10)))
fixture(G, 'min_height_auto_in_column_keeps_content', div(
    'display: flex; flex-direction: column; width: 50px; height: 50px;', div('height: 20px;', box(10, 80)), box(10, 30)))
fixture(G, 'min_height_zero_in_column_lets_item_shrink', div(
    'display: flex; flex-direction: column; width: 50px; height: 50px;', div('height: 40px; min-height: 0;', box(10, 80)), box(10, 30)))
fixture(G, 'max_width_on_item_with_flex_grow_and_justify_center', div(
    'display: flex; justify-content: center; width: 300px; height: 50px;', div('flex-grow: 1; max-width: 100px;')))
fixture(G, 'min_width_on_container_with_wrap_fits_more_per_line', div(
    'display: flex; flex-wrap: wrap; position: absolute; min-width: 150px;', *[box(40, 20) for _ in range(5)]))
fixture(G, 'max_width_on_container_with_wrap_wraps_at_max', div(
    'display: flex; flex-wrap: wrap; max-width: 100px;', *[box(40, 20) for _ in range(5)]))

# --- aspect-ratio --------------------------------------------------------------------------------
fixture(G, 'aspect_ratio_item_height_from_width_in_row', div(
    'display: flex; align-items: flex-start; width: 300px; height: 200px;', div('width: 100px; aspect-ratio: 2;')))
fixture(G, 'aspect_ratio_item_width_from_height_in_row', div(
    'display: flex; width: 300px; height: 200px;', div('height: 50px; aspect-ratio: 2; align-self: flex-start;')))
fixture(G, 'aspect_ratio_item_stretched_in_row_is_not_stretched', div(
    'display: flex; width: 300px; height: 200px;', div('width: 100px; aspect-ratio: 1;')))
fixture(G, 'aspect_ratio_item_width_from_stretched_height', div(
    'display: flex; width: 300px; height: 100px;', div('aspect-ratio: 2;'), box(20, 20)))
fixture(G, 'aspect_ratio_item_in_column_height_from_stretched_width', div(
    'display: flex; flex-direction: column; width: 100px; height: 300px;', div('aspect-ratio: 2;'), box(20, 20)))
fixture(G, 'aspect_ratio_item_with_flex_grow_in_row', div(
    'display: flex; align-items: flex-start; width: 300px; height: 300px;', div('flex-grow: 1; aspect-ratio: 3;'), box(100, 20)))
fixture(G, 'aspect_ratio_item_with_flex_basis', div(
    'display: flex; align-items: flex-start; width: 300px; height: 300px;', div('flex-basis: 120px; aspect-ratio: 2;')))
fixture(G, 'aspect_ratio_item_clamped_by_max_height', div(
    'display: flex; align-items: flex-start; width: 300px; height: 300px;', div('width: 200px; aspect-ratio: 1; max-height: 100px;')))
fixture(G, 'aspect_ratio_item_clamped_by_min_height', div(
    'display: flex; align-items: flex-start; width: 300px; height: 300px;', div('width: 100px; aspect-ratio: 4; min-height: 50px;')))
fixture(G, 'aspect_ratio_container_height_from_width', div(
    'display: flex; width: 200px; aspect-ratio: 4;', div('flex-grow: 1;')))
fixture(G, 'aspect_ratio_container_auto_width_block_level', div(
    'display: flex; aspect-ratio: 5;', box(20, 20)))
fixture(G, 'aspect_ratio_fraction_form', div(
    'display: flex; align-items: flex-start; width: 300px; height: 300px;', div('width: 160px; aspect-ratio: 16 / 9;')))
fixture(G, 'aspect_ratio_with_border_box_uses_border_box', div(
    'display: flex; align-items: flex-start; width: 300px; height: 300px;', div('width: 100px; aspect-ratio: 2; padding: 10px; box-sizing: border-box;')))
fixture(G, 'aspect_ratio_with_content_box_uses_content_box', div(
    'display: flex; align-items: flex-start; width: 300px; height: 300px;', div('width: 100px; aspect-ratio: 2; padding: 10px;')))
fixture(G, 'aspect_ratio_in_wrapped_row', div(
    'display: flex; flex-wrap: wrap; align-items: flex-start; width: 200px;', div('width: 120px; aspect-ratio: 2;'), div('width: 120px; aspect-ratio: 3;')))

# --- percentages ---------------------------------------------------------------------------------
fixture(G, 'percent_width_of_item_resolves_against_container_content_box', div(
    'display: flex; width: 200px; height: 100px; padding: 0 50px;', div('width: 50%; height: 20px;')))
fixture(G, 'percent_height_of_item_resolves_against_definite_container', div(
    'display: flex; width: 200px; height: 100px;', div('width: 20px; height: 50%;')))
fixture(G, 'percent_height_of_item_in_auto_height_container_is_auto', div(
    'display: flex; align-items: flex-start; width: 200px;', div('width: 20px; height: 50%;', box(10, 30)), box(20, 80)))
fixture(G, 'percent_margin_resolves_against_container_width', div(
    'display: flex; width: 200px; height: 100px;', div('width: 20px; height: 20px; margin-left: 10%; margin-top: 10%;')))
fixture(G, 'percent_padding_resolves_against_container_width', div(
    'display: flex; align-items: flex-start; width: 200px; height: 100px;', div('width: 20px; height: 20px; padding: 5%;')))
fixture(G, 'percent_height_of_stretched_items_child_resolves', div(
    'display: flex; width: 200px; height: 100px;', div('width: 50px;', div('width: 20px; height: 50%;'))))
fixture(G, 'percent_width_of_nested_flex_item', div(
    'display: flex; width: 300px; height: 100px;', div('display: flex; width: 50%;', div('width: 50%;'))))
fixture(G, 'percent_inset_of_relative_item', div(
    'display: flex; width: 200px; height: 100px;', div('position: relative; left: 10%; top: 20%; width: 20px; height: 20px;')))
fixture(G, 'percent_sizes_in_column_container', div(
    'display: flex; flex-direction: column; width: 200px; height: 100px;', div('width: 30%; height: 30%;'), div('width: 60%; height: 20%;')))

# --- auto margins --------------------------------------------------------------------------------
fixture(G, 'margin_auto_on_both_sides_centres_in_main_axis', div(
    'display: flex; width: 300px; height: 50px;', box(50, 50, 'margin: 0 auto;')))
fixture(G, 'margin_left_auto_pushes_item_to_main_end', div(
    'display: flex; width: 300px; height: 50px;', box(50, 50), box(50, 50, 'margin-left: auto;')))
fixture(G, 'margin_auto_between_items_splits_free_space', div(
    'display: flex; width: 300px; height: 50px;', box(50, 50, 'margin-right: auto;'), box(50, 50), box(50, 50, 'margin-left: auto;')))
fixture(G, 'margin_auto_beats_justify_content', div(
    'display: flex; justify-content: flex-end; width: 300px; height: 50px;', box(50, 50, 'margin-right: auto;'), box(50, 50)))
fixture(G, 'margin_auto_in_column_main_axis', div(
    'display: flex; flex-direction: column; width: 50px; height: 300px;', box(50, 50, 'margin-top: auto;'), box(50, 50)))
fixture(G, 'margin_auto_on_cross_axis_centres_item', div(
    'display: flex; width: 300px; height: 100px;', box(50, 50, 'margin: auto 0;')))
fixture(G, 'margin_top_auto_pushes_item_to_cross_end', div(
    'display: flex; width: 300px; height: 100px;', box(50, 50, 'margin-top: auto;')))
fixture(G, 'margin_auto_on_all_sides_centres_both_ways', div(
    'display: flex; width: 300px; height: 100px;', box(50, 50, 'margin: auto;')))
fixture(G, 'margin_auto_prevents_stretch', div(
    'display: flex; width: 300px; height: 100px;', div('width: 50px; margin-bottom: auto;', box(10, 20))))
fixture(G, 'margin_auto_with_negative_free_space_is_zero', div(
    'display: flex; width: 100px; height: 50px;', box(150, 50, 'margin: 0 auto; flex-shrink: 0;')))
fixture(G, 'margin_auto_cross_with_overflow_keeps_start_at_zero', div(
    'display: flex; width: 100px; height: 50px;', box(50, 80, 'margin: auto 0;')))
fixture(G, 'margin_auto_in_row_reverse', div(
    'display: flex; flex-direction: row-reverse; width: 300px; height: 50px;', box(50, 50, 'margin-left: auto;'), box(50, 50)))
fixture(G, 'margin_auto_in_wrapped_lines_per_line', div(
    'display: flex; flex-wrap: wrap; width: 100px;', box(40, 20, 'margin-left: auto;'), box(40, 20), box(40, 20, 'margin-left: auto;')))
fixture(G, 'margin_negative_pulls_next_item_back', div(
    'display: flex; width: 300px; height: 50px;', box(50, 50, 'margin-right: -20px;'), box(50, 50)))
fixture(G, 'margins_add_to_item_outer_size', div(
    'display: flex; align-items: flex-start; width: 300px; height: 100px;', box(50, 50, 'margin: 5px 10px 15px 20px;'), box(50, 50)))

# --- absolute children ---------------------------------------------------------------------------
ABSP = 'display: flex; position: relative; width: 200px; height: 100px;'
for j in ['flex-start', 'flex-end', 'center', 'space-between', 'space-around']:
    jn = j.replace('-', '_')
    fixture(G, f'absolute_child_static_position_follows_justify_content_{jn}', div(
        f'{ABSP} justify-content: {j};', box(30, 30, 'position: absolute;'), box(40, 40)))
for a in ['flex-start', 'flex-end', 'center', 'stretch']:
    an = a.replace('-', '_')
    fixture(G, f'absolute_child_static_position_follows_align_items_{an}', div(
        f'{ABSP} align-items: {a};', box(30, 30, 'position: absolute;')))
    fixture(G, f'absolute_child_static_position_follows_align_self_{an}', div(
        f'{ABSP}', box(30, 30, f'position: absolute; align-self: {a};')))
for d, dn in DIRS.items():
    fixture(G, f'absolute_child_static_position_in_{dn}_starts_at_main_start', div(
        f'{ABSP} flex-direction: {d};', box(30, 30, 'position: absolute;'), box(40, 40)))
    fixture(G, f'absolute_child_static_position_in_{dn}_with_justify_end', div(
        f'{ABSP} flex-direction: {d}; justify-content: flex-end; align-items: flex-end;', box(30, 30, 'position: absolute;')))
fixture(G, 'absolute_child_is_not_a_flex_item', div(
    f'{ABSP}', div('flex-grow: 1;'), box(30, 30, 'position: absolute;'), div('flex-grow: 1;')))
fixture(G, 'absolute_child_top_left_insets', div(ABSP, box(30, 30, 'position: absolute; top: 10px; left: 20px;')))
fixture(G, 'absolute_child_bottom_right_insets', div(ABSP, box(30, 30, 'position: absolute; bottom: 10px; right: 20px;')))
fixture(G, 'absolute_child_left_and_right_set_width', div(ABSP, div('position: absolute; left: 10px; right: 30px; height: 20px;')))
fixture(G, 'absolute_child_top_and_bottom_set_height', div(ABSP, div('position: absolute; top: 10px; bottom: 30px; width: 20px;')))
fixture(G, 'absolute_child_width_wins_over_right', div(ABSP, div('position: absolute; left: 10px; right: 10px; width: 50px; height: 20px;')))
fixture(G, 'absolute_child_percent_insets_resolve_against_padding_box', div(
    'display: flex; position: relative; width: 200px; height: 100px; padding: 10px; border: 5px solid black;',
    box(30, 30, 'position: absolute; top: 10%; left: 25%;')))
fixture(G, 'absolute_child_percent_size_resolves_against_padding_box', div(
    'display: flex; position: relative; width: 200px; height: 100px; padding: 10px;',
    div('position: absolute; width: 50%; height: 50%;')))
fixture(G, 'absolute_child_insets_are_from_padding_edge', div(
    'display: flex; position: relative; width: 200px; height: 100px; border: 10px solid black; padding: 20px;',
    box(30, 30, 'position: absolute; top: 0; left: 0;')))
fixture(G, 'absolute_child_static_position_respects_padding', div(
    'display: flex; position: relative; width: 200px; height: 100px; padding: 15px 25px;',
    box(30, 30, 'position: absolute;')))
fixture(G, 'absolute_child_auto_margins_centre_between_insets', div(ABSP, box(40, 40, 'position: absolute; left: 0; right: 0; top: 0; bottom: 0; margin: auto;')))
fixture(G, 'absolute_child_margins_offset_from_insets', div(ABSP, box(30, 30, 'position: absolute; top: 5px; left: 5px; margin: 10px;')))
fixture(G, 'absolute_child_shrinks_to_fit_content', div(ABSP, div('position: absolute; top: 0; left: 0;', box(60, 20), box(30, 20))))
fixture(G, 'absolute_child_aspect_ratio_from_insets_width', div(ABSP, div('position: absolute; left: 20px; right: 20px; top: 0; aspect-ratio: 4;')))
fixture(G, 'absolute_child_min_width_clamps_inset_width', div(ABSP, div('position: absolute; left: 90px; right: 90px; min-width: 60px; height: 20px;')))
fixture(G, 'absolute_child_max_height_clamps_inset_height', div(ABSP, div('position: absolute; top: 0; bottom: 0; max-height: 40px; width: 20px;')))
fixture(G, 'absolute_child_in_wrap_reverse_static_position', div(
    f'{ABSP} flex-wrap: wrap-reverse;', box(30, 30, 'position: absolute;'), box(40, 40)))
fixture(G, 'absolute_child_display_flex_lays_out_its_children', div(
    ABSP, div('position: absolute; display: flex; top: 0; left: 0; width: 100px; height: 50px;', div('flex-grow: 1;'), div('flex-grow: 3;'))))

# --- nesting and intrinsic sizes -----------------------------------------------------------------
fixture(G, 'nested_column_in_row_is_stretched_and_sized_by_content', div(
    'display: flex; width: 300px;', div('display: flex; flex-direction: column;', box(50, 20), box(80, 30)), box(40, 10)))
fixture(G, 'nested_row_in_column_stretches_to_width', div(
    'display: flex; flex-direction: column; width: 300px;', div('display: flex;', box(50, 20), box(80, 30))))
fixture(G, 'nested_row_in_column_with_align_start_shrinks_to_content', div(
    'display: flex; flex-direction: column; align-items: flex-start; width: 300px;', div('display: flex;', box(50, 20), box(80, 30))))
fixture(G, 'nested_flex_grow_inside_flex_grow', div(
    'display: flex; width: 300px; height: 100px;', div('display: flex; flex-grow: 1;', div('flex-grow: 1;'), div('flex-grow: 1;')), div('flex-grow: 1;')))
fixture(G, 'nested_column_grow_inside_row_with_definite_height', div(
    'display: flex; width: 300px; height: 200px;', div('display: flex; flex-direction: column; width: 100px;', div('flex-grow: 1;'), box(100, 50))))
fixture(G, 'nested_auto_width_row_item_measures_max_content', div(
    'display: flex; align-items: flex-start; width: 300px;', div('display: flex;', box(40, 40), box(60, 20)), box(10, 10)))
fixture(G, 'nested_wrapping_item_shrinks_to_available_space', div(
    'display: flex; width: 150px;', div('display: flex; flex-wrap: wrap;', *[box(60, 20) for _ in range(3)])))
fixture(G, 'nested_block_item_in_flex_takes_content_width', div(
    'display: flex; align-items: flex-start; width: 300px;', div('', box(70, 20), box(30, 20))))
fixture(G, 'nested_column_items_with_percent_heights', div(
    'display: flex; flex-direction: column; width: 100px; height: 200px;', div('height: 25%;'), div('flex-grow: 1;', div('height: 50%;'))))
fixture(G, 'nested_deep_chain_of_flex_containers', div(
    'display: flex; width: 300px; height: 100px;', div('display: flex; flex-grow: 1;', div('display: flex; flex-grow: 1; flex-direction: column;', div('flex-grow: 1;'), box(10, 10)))))
fixture(G, 'nested_column_container_height_from_children', div(
    'display: flex; flex-direction: column; width: 100px;', box(100, 20), div('display: flex;', box(20, 40)), box(50, 10)))
fixture(G, 'nested_row_auto_height_container_height_from_tallest_item', div(
    'display: flex; width: 300px;', box(50, 20), box(50, 70), box(50, 40)))
fixture(G, 'nested_stretch_item_gives_definite_height_to_children', div(
    'display: flex; width: 300px; height: 120px;', div('display: flex; flex-direction: column;', div('flex-grow: 1; width: 30px;'), box(30, 20))))
fixture(G, 'nested_min_content_width_of_column_container', div(
    'display: flex; width: 20px;', div('display: flex; flex-direction: column;', box(50, 20), box(80, 20))))

# --- padding, border, box-sizing -----------------------------------------------------------------
fixture(G, 'padding_on_container_offsets_items', div(
    'display: flex; width: 200px; height: 100px; padding: 10px 20px 30px 40px;', box(30, 30), div('flex-grow: 1;')))
fixture(G, 'border_on_container_offsets_items', div(
    'display: flex; width: 200px; height: 100px; border-style: solid; border-width: 5px 10px 15px 20px;', box(30, 30), div('flex-grow: 1;')))
fixture(G, 'border_box_container_includes_padding_in_width', div(
    'display: flex; box-sizing: border-box; width: 200px; height: 100px; padding: 20px;', div('flex-grow: 1;')))
fixture(G, 'content_box_container_adds_padding_to_width', div(
    'display: flex; width: 200px; height: 100px; padding: 20px;', div('flex-grow: 1;')))
fixture(G, 'padding_on_auto_sized_container_adds_to_content', div(
    'display: flex; position: absolute; padding: 10px 15px;', box(30, 30), box(30, 40)))
fixture(G, 'padding_and_border_on_item_add_to_its_size', div(
    'display: flex; align-items: flex-start; width: 200px; height: 100px;', box(30, 30, 'padding: 5px; border: 3px solid black;')))
fixture(G, 'border_box_item_keeps_its_width', div(
    'display: flex; align-items: flex-start; width: 200px; height: 100px;', box(30, 30, 'padding: 5px; border: 3px solid black; box-sizing: border-box;')))
fixture(G, 'border_box_item_smaller_than_padding_grows_to_padding', div(
    'display: flex; align-items: flex-start; width: 200px; height: 100px;', box(10, 10, 'padding: 10px; box-sizing: border-box;')))
fixture(G, 'padding_on_column_container_with_grow', div(
    'display: flex; flex-direction: column; width: 100px; height: 200px; padding: 10px;', div('flex-grow: 1;'), box(50, 50)))
fixture(G, 'container_with_only_padding_has_padding_size', div(
    'display: flex; position: absolute; padding: 12px 7px;'))
fixture(G, 'border_width_on_one_side_only', div(
    'display: flex; width: 100px; height: 50px; border-left: 7px solid black;', div('flex-grow: 1;')))

# --- display: none and misc ----------------------------------------------------------------------
fixture(G, 'display_none_item_takes_no_space', div(
    'display: flex; width: 200px; height: 50px;', box(50, 50), box(50, 50, 'display: none;'), div('flex-grow: 1;')))
fixture(G, 'display_none_item_children_are_hidden', div(
    'display: flex; width: 200px; height: 50px;', div('display: none; width: 50px;', box(20, 20)), box(50, 50)))
fixture(G, 'empty_flex_container_with_auto_height_is_zero_tall', div('display: flex; width: 100px;'))
fixture(G, 'empty_flex_container_with_auto_width_fills_block', div('display: flex; height: 40px;'))
fixture(G, 'flex_container_in_block_flow_fills_width', div(
    '', div('display: flex; height: 30px;', box(20, 20)), div('display: flex; height: 30px; margin: 0 20px;', box(20, 20))))
fixture(G, 'inline_flex_container_shrinks_to_content', div(
    'width: 300px; font-size: 0;', div('display: inline-flex;', box(40, 20), box(30, 30))))
fixture(G, 'relative_item_is_offset_after_layout', div(
    'display: flex; width: 200px; height: 50px;', box(50, 50, 'position: relative; left: 10px; top: 5px;'), box(50, 50)))
fixture(G, 'relative_item_right_bottom_offsets_are_negated', div(
    'display: flex; width: 200px; height: 50px;', box(50, 50, 'position: relative; right: 10px; bottom: 5px;'), box(50, 50)))
fixture(G, 'relative_item_left_wins_over_right', div(
    'display: flex; width: 200px; height: 50px;', box(50, 50, 'position: relative; left: 10px; right: 30px;')))
fixture(G, 'static_item_ignores_insets', div(
    'display: flex; width: 200px; height: 50px;', box(50, 50, 'left: 10px; top: 30px;')))
fixture(G, 'overflow_hidden_container_clips_but_lays_out_normally', div(
    'display: flex; overflow: hidden; width: 100px; height: 50px;', box(80, 50, 'flex-shrink: 0;'), box(80, 50, 'flex-shrink: 0;')))
fixture(G, 'overflow_scroll_container_reports_content_size', div(
    'display: flex; overflow: scroll; width: 100px; height: 50px;', box(80, 70, 'flex-shrink: 0;'), box(80, 50, 'flex-shrink: 0;')))
fixture(G, 'overflow_scroll_column_container_reports_content_height', div(
    'display: flex; flex-direction: column; overflow: scroll; width: 100px; height: 50px;', box(80, 40, 'flex-shrink: 0;'), box(60, 50, 'flex-shrink: 0;')))
fixture(G, 'row_reverse_with_padding_mirrors_inside_content_box', div(
    'display: flex; flex-direction: row-reverse; width: 200px; height: 50px; padding-left: 10px; padding-right: 30px;', box(50, 50), box(40, 40)))
fixture(G, 'column_reverse_with_margins_mirrors_margins', div(
    'display: flex; flex-direction: column-reverse; width: 100px; height: 200px;', box(50, 50, 'margin-top: 10px; margin-bottom: 20px;'), box(40, 40)))
fixture(G, 'row_reverse_auto_width_container', div(
    'display: flex; flex-direction: row-reverse; position: absolute;', box(50, 20), box(40, 30)))
fixture(G, 'many_items_distribute_free_space_without_drift', div(
    'display: flex; width: 301px; height: 20px;', *[div('flex-grow: 1;') for _ in range(7)]))
fixture(G, 'fractional_sizes_are_kept_before_rounding', div(
    'display: flex; width: 100.5px; height: 20.25px;', div('width: 33.3px;'), div('flex-grow: 1;')))

# --- harder interactions -------------------------------------------------------------------------
fixture(G, 'column_wrap_auto_width_container_grows_for_extra_columns', div(
    'display: flex; flex-direction: column; flex-wrap: wrap; height: 100px; position: absolute;', *[box(40, 40) for _ in range(4)]))
fixture(G, 'row_reverse_with_wrap_reverse_mirrors_both_axes', div(
    'display: flex; flex-direction: row-reverse; flex-wrap: wrap-reverse; width: 130px; height: 120px; align-content: flex-start;', *[box(50, 30) for _ in range(5)]))
fixture(G, 'column_reverse_with_justify_flex_end_packs_at_top', div(
    'display: flex; flex-direction: column-reverse; justify-content: flex-end; width: 50px; height: 200px;', box(50, 30), box(50, 40)))
fixture(G, 'align_content_space_between_with_single_wrapped_line_packs_at_start', div(
    'display: flex; flex-wrap: wrap; align-content: space-between; width: 200px; height: 100px;', box(50, 30), box(50, 40)))
fixture(G, 'align_content_space_around_with_single_wrapped_line_centres', div(
    'display: flex; flex-wrap: wrap; align-content: space-around; width: 200px; height: 100px;', box(50, 30), box(50, 40)))
fixture(G, 'flex_item_with_inline_block_content_has_content_min_width', div(
    'display: flex; width: 50px; height: 50px; font-size: 0;', div('width: 20px;', div('display: inline-block; width: 40px; height: 10px;'), div('display: inline-block; width: 40px; height: 10px;'))))
fixture(G, 'flex_item_with_inline_blocks_wraps_them_when_shrunk', div(
    'display: flex; width: 100px; font-size: 0;', div('flex-shrink: 1;', *[div('display: inline-block; width: 40px; height: 10px;') for _ in range(4)])))
fixture(G, 'column_item_with_inline_blocks_wraps_at_container_width', div(
    'display: flex; flex-direction: column; width: 100px; font-size: 0;', div('', *[div('display: inline-block; width: 40px; height: 10px;') for _ in range(4)])))
fixture(G, 'baseline_alignment_with_inline_block_content', div(
    'display: flex; align-items: baseline; width: 300px; font-size: 0;', box(50, 40), div('width: 60px; padding-top: 7px;', div('display: inline-block; width: 20px; height: 20px;'))))
fixture(G, 'baseline_alignment_with_wrap_reverse', div(
    'display: flex; flex-wrap: wrap-reverse; align-items: baseline; width: 300px; height: 100px;', box(50, 40), box(50, 20)))
fixture(G, 'stretch_in_column_respects_max_width', div(
    'display: flex; flex-direction: column; width: 200px; height: 100px;', div('max-width: 80px; height: 20px;'), div('height: 20px;')))
fixture(G, 'stretch_in_column_with_margins_and_padding', div(
    'display: flex; flex-direction: column; width: 200px; padding: 10px;', div('margin: 0 15px; padding: 0 5px; height: 20px;')))
fixture(G, 'column_auto_height_container_with_percent_height_item_uses_content', div(
    'display: flex; flex-direction: column; width: 100px;', div('height: 50%;', box(10, 25)), box(20, 20)))
fixture(G, 'grow_in_column_with_min_height_container', div(
    'display: flex; flex-direction: column; width: 100px; min-height: 150px;', div('flex-grow: 1;'), box(20, 20)))
fixture(G, 'shrink_in_column_with_max_height_container', div(
    'display: flex; flex-direction: column; width: 100px; max-height: 60px;', box(20, 50), box(20, 50)))
fixture(G, 'nested_column_in_row_with_grow_has_definite_height_for_percent', div(
    'display: flex; width: 300px; height: 100px;', div('display: flex; flex-direction: column; flex-grow: 1;', div('height: 50%;'), div('flex-grow: 1;'))))
fixture(G, 'item_min_width_percent_of_container_with_grow', div(
    'display: flex; width: 300px; height: 30px;', div('flex-grow: 1; min-width: 50%;'), div('flex-grow: 3;')))
fixture(G, 'items_with_zero_basis_and_padding_grow_from_padding', div(
    'display: flex; width: 300px; height: 30px;', div('flex: 1 1 0px; padding: 0 40px;'), div('flex: 1 1 0px;')))
fixture(G, 'item_max_width_smaller_than_padding_floors_at_padding', div(
    'display: flex; width: 300px; height: 30px;', div('flex-grow: 1; max-width: 10px; padding: 0 20px; box-sizing: border-box;'), div('flex-grow: 1;')))
fixture(G, 'absolute_child_order_does_not_matter', div(
    'display: flex; position: relative; width: 200px; height: 100px;', box(30, 30, 'position: absolute; order: -1; right: 0;'), box(40, 40), box(40, 40, 'order: -2;')))
fixture(G, 'auto_width_row_container_min_content_with_wrap', div(
    'display: flex; width: 10px;', div('display: flex; flex-wrap: wrap;', box(50, 20), box(70, 20))))
fixture(G, 'shrink_to_fit_flex_container_with_growing_items', div(
    'display: flex; position: absolute;', div('flex-grow: 1; width: 40px; height: 20px;'), div('flex-grow: 2; width: 20px; height: 20px;')))
fixture(G, 'justify_content_flex_end_with_margin_auto_and_overflow', div(
    'display: flex; justify-content: flex-end; width: 100px; height: 20px;', box(80, 20, 'flex-shrink: 0;'), box(40, 20, 'flex-shrink: 0;')))
fixture(G, 'wrap_with_flex_basis_percent_and_gap', div(
    'display: flex; flex-wrap: wrap; column-gap: 10px; width: 210px;', *[div('flex-basis: 50%; height: 20px;') for _ in range(3)]))
fixture(G, 'row_gap_percent_in_auto_height_container_is_zero', div(
    'display: flex; flex-wrap: wrap; row-gap: 20%; width: 100px;', box(60, 20), box(60, 20)))

# --- intrinsic sizing through nested content -------------------------------------------------------
fixture(G, 'row_item_with_block_children_uses_widest_child_as_basis', div(
    'display: flex; align-items: flex-start; width: 300px;', div('padding: 5px;', box(80, 10), box(120, 10)), box(20, 20)))
fixture(G, 'row_item_with_nested_row_sums_its_items', div(
    'display: flex; align-items: flex-start; width: 300px;', div('', div('display: flex;', box(40, 10), box(50, 10), box(60, 10)))))
fixture(G, 'column_item_height_from_wrapped_inline_blocks', div(
    'display: flex; flex-direction: column; width: 90px; font-size: 0;', div('', *[div('display: inline-block; width: 40px; height: 15px;') for _ in range(5)]), box(20, 10)))
fixture(G, 'shrinking_row_items_with_inline_content_rewrap', div(
    'display: flex; width: 150px; font-size: 0;',
    div('', *[div('display: inline-block; width: 40px; height: 10px;') for _ in range(4)]),
    div('', *[div('display: inline-block; width: 40px; height: 10px;') for _ in range(4)])))
fixture(G, 'nested_column_in_shrink_to_fit_row_uses_max_content', div(
    'display: flex; position: absolute;', div('display: flex; flex-direction: column;', box(40, 10), box(90, 10)), box(10, 10)))
fixture(G, 'item_with_percent_child_width_in_auto_basis', div(
    'display: flex; align-items: flex-start; width: 300px;', div('', div('width: 50%; height: 10px;'), box(60, 10))))
fixture(G, 'wrap_row_with_growing_items_of_different_bases', div(
    'display: flex; flex-wrap: wrap; width: 200px;', *[div(f'flex: 1 1 {w}px; height: 20px;') for w in (90, 60, 120, 30, 80)]))
fixture(G, 'column_wrap_definite_height_with_growing_items', div(
    'display: flex; flex-direction: column; flex-wrap: wrap; height: 100px; width: 200px;', *[div(f'flex: 1 0 {h}px; width: 50px;') for h in (40, 30, 50, 20)]))
fixture(G, 'align_self_center_item_in_stretched_nested_column', div(
    'display: flex; width: 200px; height: 100px;', div('display: flex; flex-direction: column; width: 100px;', box(40, 20, 'align-self: center;'), div('flex-grow: 1;'))))
fixture(G, 'min_width_auto_with_nested_flex_min_content', div(
    'display: flex; width: 40px; height: 20px;', div('display: flex;', box(30, 10), box(30, 10))))

# --- keyword forms -------------------------------------------------------------------------------
fixture(G, 'flex_basis_content_ignores_width', div(
    'display: flex; width: 300px; height: 50px;', div('flex-basis: content; width: 200px;', box(40, 10))))
fixture(G, 'visibility_collapse_item_is_laid_out_like_hidden_as_in_chromium', div(
    'display: flex; flex-wrap: wrap; width: 100px;', box(60, 40, 'visibility: collapse;'), box(60, 20)))

# --- §9.8 definite and indefinite sizes ----------------------------------------------------------
fixture(G, 'percent_height_inside_non_stretched_item_is_auto', div(
    'display: flex; align-items: flex-start; width: 200px; height: 100px;', div('width: 50px;', div('height: 50%;', box(10, 20)), box(10, 10))))
fixture(G, 'percent_height_inside_item_with_auto_cross_margin_is_auto', div(
    'display: flex; width: 200px; height: 100px;', div('width: 50px; margin-top: auto;', div('height: 50%;', box(10, 20)))))
fixture(G, 'percent_height_inside_column_item_of_auto_height_container_is_auto', div(
    'display: flex; flex-direction: column; width: 100px;', div('flex-grow: 1; height: 40px;', div('height: 50%;')), div('', div('height: 50%;', box(10, 30)))))
fixture(G, 'percent_height_inside_grown_column_item_of_definite_container_resolves', div(
    'display: flex; flex-direction: column; width: 100px; height: 200px;', div('flex-grow: 1;', div('height: 50%;')), box(20, 20)))
fixture(G, 'column_auto_height_sums_hypothetical_sizes_so_zero_basis_counts_as_zero', div(
    'display: flex; flex-direction: column; width: 100px;', div('height: 40px; flex: 1 1 0px;'), box(20, 10)))
fixture(G, 'wrap_line_length_uses_min_height_when_it_beats_max_height', div(
    'display: flex; flex-direction: column; flex-wrap: wrap; width: 100px; min-height: 80px; max-height: 30px;', box(20, 40), box(20, 30)))
fixture(G, 'baseline_item_with_auto_cross_margin_does_not_set_the_line_baseline', div(
    'display: flex; align-items: baseline; width: 200px; height: 60px;', box(20, 8), box(20, 10, 'margin: 10px 0 auto 10px;')))
fixture(G, 'intrinsic_width_of_nowrap_row_caps_inflexible_item_at_flex_basis', div(
    'display: flex; position: absolute;', div('width: 50px; height: 20px; flex: 0 1 20px;'), box(30, 20)))
fixture(G, 'intrinsic_width_of_wrap_row_uses_item_width_not_flex_basis', div(
    'display: flex; flex-wrap: wrap; position: absolute;', div('width: 50px; height: 20px; flex: 0 1 20px;'), box(30, 20)))
fixture(G, 'shrink_loop_returns_items_to_base_size_once_a_clamped_item_freezes', div(
    'display: flex; width: 100px; height: 20px;', div('width: 60px; max-width: 40px;'), div('width: 60px;')))
fixture(G, 'align_items_baseline_in_column_lines_up_left_border_edges', div(
    'display: flex; flex-direction: column; align-items: baseline; width: 200px;', box(50, 20, 'margin-left: 10px;'), box(40, 20, 'margin-left: 25px;'), box(30, 20)))
fixture(G, 'column_wrap_flex_item_is_as_wide_as_its_widest_column', div(
    'display: flex; align-items: flex-start; width: 300px;', div('display: flex; flex-direction: column; flex-wrap: wrap; height: 50px;', box(40, 40), box(30, 40), box(20, 40)), box(10, 10)))
